package app.redline.organization;

/** What kind of unit people belong to; an OPERATOR runs the installation and has no region. */
public enum UnitType {
    ENTERPRISE,
    DEPARTMENT,
    GOVERNMENT,
    OPERATOR;

    /** The types administrators create and edit; the operator comes with the installation. */
    public static java.util.List<UnitType> administered() {
        return java.util.List.of(ENTERPRISE, DEPARTMENT, GOVERNMENT);
    }
}
