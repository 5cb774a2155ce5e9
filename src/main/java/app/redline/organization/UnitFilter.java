package app.redline.organization;

/**
 * Filters of the administrators' unit list; null or blank parts do not filter. {@code supervisedBy}
 * keeps the enterprises a department or government answers for.
 */
record UnitFilter(
        String text, UnitType type, String regionCode, String industryCode, Boolean active, Long supervisedBy) {

    public UnitFilter(String text, UnitType type, String regionCode, String industryCode, Boolean active) {
        this(text, type, regionCode, industryCode, active, null);
    }
}
