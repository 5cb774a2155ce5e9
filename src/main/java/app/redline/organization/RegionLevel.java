package app.redline.organization;

public enum RegionLevel {
    PROVINCE,
    CITY,
    COUNTY,
    TOWN;

    /** The length of a region code at this level (GB/T 2260, towns with the 3 digits of GB/T 10114). */
    public int codeLength() {
        return switch (this) {
            case PROVINCE -> 2;
            case CITY -> 4;
            case COUNTY -> 6;
            case TOWN -> 9;
        };
    }

    /** The level of a region code, or null if the code is not 2, 4, 6 or 9 digits. */
    public static RegionLevel ofCode(String code) {
        if (code == null || !code.matches("[0-9]+")) {
            return null;
        }
        for (RegionLevel level : values()) {
            if (level.codeLength() == code.length()) {
                return level;
            }
        }
        return null;
    }

    /** The level of a region's children, or null below a town. */
    public RegionLevel below() {
        return this == TOWN ? null : values()[ordinal() + 1];
    }

    /**
     * The code length of the level below a region's (provinces below "everything", a blank code),
     * 0 below a town or for a code that is no region's: how far a drill-down may go.
     */
    public static int childLength(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return PROVINCE.codeLength();
        }
        RegionLevel level = ofCode(regionCode);
        return level == null || level.below() == null ? 0 : level.below().codeLength();
    }
}
