package app.redline.organization;

/** What kind of unit people belong to; an OPERATOR runs the installation and has no region. */
public enum UnitType {
    ENTERPRISE,
    DEPARTMENT,
    GOVERNMENT,
    OPERATOR
}
