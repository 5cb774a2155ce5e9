package app.redline.organization;

import app.redline.system.Phone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import lombok.Data;

/**
 * An administrator's form for an enterprise, a department or a government. Which fields count
 * depends on the type; the rules that need the database (credit code unique, region within the
 * administrator's reach, industries known) are checked by {@link UnitAdministration}.
 */
@Data
class UnitForm {

    private UnitType type = UnitType.ENTERPRISE;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank(message = "{unit.region.required}")
    @Size(max = 9)
    private String regionCode;

    @Size(max = 18)
    private String creditCode;

    @Size(max = 300)
    private String address;

    @Size(max = 100)
    private String principal;

    @Size(max = 100)
    private String safetyManager;

    @Phone
    private String phone;

    private RiskLevel riskLevel;

    private Set<String> industryCodes = new LinkedHashSet<>();

    private boolean comprehensive;

    private long version;

    public void setCreditCode(String creditCode) {
        this.creditCode = CreditCode.normalize(creditCode);
    }

    static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.type = unit.getType();
        form.name = unit.getName();
        form.regionCode = unit.getRegionCode();
        form.creditCode = unit.getCreditCode();
        form.address = unit.getAddress();
        form.principal = unit.getPrincipal();
        form.safetyManager = unit.getSafetyManager();
        form.phone = unit.getPhone();
        form.riskLevel = unit.getRiskLevel();
        form.industryCodes = new LinkedHashSet<>(unit.getIndustryCodes());
        form.comprehensive = unit.isComprehensive();
        form.version = unit.getVersion();
        return form;
    }

    EnterpriseDetails enterpriseDetails() {
        return new EnterpriseDetails(
                name,
                creditCode == null ? null : creditCode.trim().toUpperCase(Locale.ROOT),
                address,
                principal,
                safetyManager,
                phone,
                riskLevel);
    }
}
