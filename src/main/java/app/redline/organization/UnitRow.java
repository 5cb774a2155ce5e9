package app.redline.organization;

import java.util.Comparator;
import java.util.List;

/** A unit in the administrators' list and export. */
record UnitRow(
        Long id,
        UnitType type,
        String name,
        String creditCode,
        Named region,
        List<Named> industries,
        boolean comprehensive,
        RiskLevel riskLevel,
        String address,
        String principal,
        String safetyManager,
        String phone,
        boolean active) {

    /** The message key of what kind of unit it is (see {@link UnitType#kindKey(boolean)}). */
    public String kindKey() {
        return type.kindKey(comprehensive);
    }

    static UnitRow of(Unit unit) {
        return new UnitRow(
                unit.getId(),
                unit.getType(),
                unit.getName(),
                unit.getCreditCode(),
                Named.of(unit.getRegion()),
                unit.getIndustries().stream()
                        .sorted(Comparator.comparingInt(Industry::getSortOrder))
                        .map(Named::of)
                        .toList(),
                unit.isComprehensive(),
                unit.getRiskLevel(),
                unit.getAddress(),
                unit.getPrincipal(),
                unit.getSafetyManager(),
                unit.getPhone(),
                unit.isActive());
    }
}
