package app.redline.organization;

/** A unit as the rest of the application sees it. */
public record UnitSummary(
        Long id, UnitType type, String name, Named region, RegionLevel regionLevel, boolean comprehensive) {

    /** The message key of what kind of unit it is (see {@link UnitType#kindKey(boolean)}). */
    public String kindKey() {
        return type.kindKey(comprehensive);
    }

    static UnitSummary of(Unit unit) {
        Region region = unit.getRegion();
        return new UnitSummary(
                unit.getId(),
                unit.getType(),
                unit.getName(),
                Named.of(region),
                region == null ? null : region.getLevel(),
                unit.isComprehensive());
    }
}
