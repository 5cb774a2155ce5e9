package app.redline.organization;

import java.util.Comparator;
import java.util.List;

/** An enterprise in a list or on its page. */
public record EnterpriseRow(
        Long id,
        String name,
        String creditCode,
        Named region,
        RiskLevel riskLevel,
        List<Named> industries,
        String address,
        String principal,
        String safetyManager,
        String phone,
        boolean active) {

    static EnterpriseRow of(Unit unit) {
        return new EnterpriseRow(
                unit.getId(),
                unit.getName(),
                unit.getCreditCode(),
                Named.of(unit.getRegion()),
                unit.getRiskLevel(),
                unit.getIndustries().stream()
                        .sorted(Comparator.comparingInt(Industry::getSortOrder))
                        .map(Named::of)
                        .toList(),
                unit.getAddress(),
                unit.getPrincipal(),
                unit.getSafetyManager(),
                unit.getPhone(),
                unit.isActive());
    }
}
