package app.redline.organization;

import app.redline.system.Seeds;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regions, industries and units for the demo and the tests, each matched by its natural key so a
 * second call adds nothing. Administrators create them through their pages and imports.
 */
@Seeds
@Service
@RequiredArgsConstructor
public class OrganizationSeeds {

    private final RegionRepository regions;
    private final IndustryRepository industries;
    private final UnitRepository units;
    private final OrganizationService organization;
    private final ReferenceData reference;

    @Transactional
    public void ensureRegion(String code, String parentCode, RegionLevel level, String nameZh, String nameEn) {
        reference.changed();
        if (!regions.existsById(code)) {
            Region parent = parentCode == null ? null : regions.getReferenceById(parentCode);
            regions.save(new Region(code, parent, level, nameZh, nameEn));
        }
    }

    @Transactional
    public void ensureIndustry(String code, String parentCode, String nameZh, String nameEn, int sortOrder) {
        reference.changed();
        if (!industries.existsById(code)) {
            industries.save(new Industry(code, parentCode, nameZh, nameEn, sortOrder));
        }
    }

    @Transactional
    public Long ensureEnterprise(EnterpriseDetails details, String regionCode, Set<String> industryCodes) {
        return units.findByCreditCode(details.creditCode())
                .orElseGet(() -> units.save(
                        Unit.enterprise(details, regions.getReferenceById(regionCode), industriesOf(industryCodes))))
                .getId();
    }

    @Transactional
    public Long ensureDepartment(String name, String regionCode, Set<String> supervised, boolean comprehensive) {
        return units.findFirstByTypeAndNameAndRegion_Code(UnitType.DEPARTMENT, name, regionCode)
                .orElseGet(() -> units.save(Unit.department(
                        name, regions.getReferenceById(regionCode), industriesOf(supervised), comprehensive)))
                .getId();
    }

    @Transactional
    public Long ensureGovernment(String name, String regionCode) {
        return units.findFirstByTypeAndNameAndRegion_Code(UnitType.GOVERNMENT, name, regionCode)
                .orElseGet(() -> units.save(Unit.government(name, regions.getReferenceById(regionCode))))
                .getId();
    }

    private Set<Industry> industriesOf(Set<String> codes) {
        return codes.stream().map(industries::getReferenceById).collect(Collectors.toSet());
    }

    /** The operator unit of this name, created when missing. */
    public Long ensureOperator(String name) {
        return organization.ensureOperator(name);
    }
}
