package app.redline.organization;

import app.redline.system.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.BatchSize;

/**
 * Something people belong to: an enterprise, a supervising department, a local government, or the
 * installation's operator. Its region and industries decide what its people may see.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Unit extends BaseEntity {

    @Enumerated(EnumType.STRING)
    private UnitType type;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    private Region region;

    private String creditCode;

    private String address;

    private String principal;

    private String safetyManager;

    private String phone;

    @Enumerated(EnumType.STRING)
    private RiskLevel riskLevel;

    /** A department with comprehensive supervision (emergency management) covers every industry. */
    private boolean comprehensive;

    private boolean active = true;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "unit_industry",
            joinColumns = @JoinColumn(name = "unit_id"),
            inverseJoinColumns = @JoinColumn(name = "industry_code"))
    @BatchSize(size = 100)
    private Set<Industry> industries = new LinkedHashSet<>();

    @Version
    private long version;

    private Unit(UnitType type, String name, Region region) {
        this.type = type;
        this.name = name;
        this.region = region;
    }

    static Unit enterprise(EnterpriseDetails details, Region region, Set<Industry> industries) {
        Unit unit = new Unit(UnitType.ENTERPRISE, details.name(), region);
        unit.creditCode = details.creditCode();
        unit.address = details.address();
        unit.principal = details.principal();
        unit.safetyManager = details.safetyManager();
        unit.phone = details.phone();
        unit.riskLevel = details.riskLevel();
        unit.industries.addAll(industries);
        return unit;
    }

    static Unit department(String name, Region region, Set<Industry> supervised, boolean comprehensive) {
        Unit unit = new Unit(UnitType.DEPARTMENT, name, region);
        unit.comprehensive = comprehensive;
        unit.industries.addAll(supervised);
        return unit;
    }

    static Unit government(String name, Region region) {
        return new Unit(UnitType.GOVERNMENT, name, region);
    }

    static Unit operator(String name) {
        return new Unit(UnitType.OPERATOR, name, null);
    }

    void updateEnterprise(EnterpriseDetails details, Region region, Set<Industry> industries) {
        this.name = details.name();
        this.region = region;
        this.creditCode = details.creditCode();
        this.address = details.address();
        this.principal = details.principal();
        this.safetyManager = details.safetyManager();
        this.phone = details.phone();
        this.riskLevel = details.riskLevel();
        replaceIndustries(industries);
    }

    void riskLevelFromRegister(RiskLevel level) {
        this.riskLevel = level;
    }

    void updateDepartment(String name, Region region, Set<Industry> supervised, boolean comprehensive) {
        this.name = name;
        this.region = region;
        this.comprehensive = comprehensive;
        replaceIndustries(supervised);
    }

    void updateGovernment(String name, Region region) {
        this.name = name;
        this.region = region;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** Moves the unit to the region with this code (its region was re-coded). */
    void moveTo(Region region) {
        this.region = region;
    }

    private void replaceIndustries(Set<Industry> industries) {
        this.industries.clear();
        this.industries.addAll(industries);
    }

    public String getRegionCode() {
        return region == null ? null : region.getCode();
    }

    public Set<String> getIndustryCodes() {
        Set<String> codes = new TreeSet<>();
        industries.forEach(industry -> codes.add(industry.getCode()));
        return codes;
    }

    /** An enterprise's own fields as an import reads and compares them. */
    record Fields(
            String name,
            String creditCode,
            String regionCode,
            Set<String> industryCodes,
            String address,
            String principal,
            String safetyManager,
            String phone,
            RiskLevel riskLevel) {

        /** The fields under the names {@link Unit#auditedFields()} gives them. */
        Map<String, Object> audited() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", name);
            fields.put("region", regionCode);
            fields.put("creditCode", creditCode);
            fields.put("industries", industryCodes);
            fields.put("address", address);
            fields.put("principal", principal);
            fields.put("safetyManager", safetyManager);
            fields.put("phone", phone);
            fields.put("riskLevel", riskLevel);
            return fields;
        }
    }

    /** The audited fields, as the audit trail compares them. */
    Map<String, Object> auditedFields() {
        Map<String, Object> fields;
        if (type == UnitType.ENTERPRISE) {
            fields = new Fields(
                            name,
                            creditCode,
                            getRegionCode(),
                            getIndustryCodes(),
                            address,
                            principal,
                            safetyManager,
                            phone,
                            riskLevel)
                    .audited();
        } else {
            fields = new LinkedHashMap<>();
            fields.put("name", name);
            fields.put("region", getRegionCode());
            if (type == UnitType.DEPARTMENT) {
                fields.put("industries", getIndustryCodes());
                fields.put("comprehensive", comprehensive);
            }
        }
        fields.put("active", active);
        return fields;
    }
}
