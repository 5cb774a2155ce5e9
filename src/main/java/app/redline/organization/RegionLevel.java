package app.redline.organization;

public enum RegionLevel {
    PROVINCE,
    CITY,
    COUNTY,
    TOWN
}
