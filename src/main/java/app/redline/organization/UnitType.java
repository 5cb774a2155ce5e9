package app.redline.organization;

import java.util.List;

/** What kind of unit people belong to; an OPERATOR runs the installation and has no region. */
public enum UnitType {
    ENTERPRISE,
    DEPARTMENT,
    GOVERNMENT,
    OPERATOR;

    /**
     * The message key of what kind of unit it is: a department that supervises every industry
     * (emergency management) is the comprehensive supervision department, not an industry one.
     */
    public String kindKey(boolean comprehensive) {
        return this == DEPARTMENT && comprehensive ? "UnitType.COMPREHENSIVE_DEPARTMENT" : "UnitType." + name();
    }

    /** The types administrators create and edit; the operator comes with the installation. */
    public static List<UnitType> administered() {
        return List.of(ENTERPRISE, DEPARTMENT, GOVERNMENT);
    }
}
