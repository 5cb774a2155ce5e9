package app.redline.organization;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.AuditRecord;
import app.redline.audit.Changes;
import app.redline.system.FieldProblem;
import app.redline.system.FormSubmissions;
import app.redline.system.LikePattern;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to units. A global administrator manages every unit; a region
 * administrator only the units of its region subtree, and any other unit is "not found". Every
 * change is recorded in the audit trail in the same transaction.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class UnitAdministration {

    static final String AUDIT_TYPE = "UNIT";

    private final FormSubmissions submissions;
    private final UnitRepository units;
    private final RegionRepository regions;
    private final IndustryRepository industries;
    private final AuditLog auditLog;
    private final OrganizationService organization;
    private final ReferenceData reference;

    Page<UnitRow> search(Scope admin, UnitFilter filter, Pageable pageable) {
        Specification<Unit> spec = managedBy(admin).and(matching(filter));
        if (filter.supervisedBy() != null) {
            spec = spec.and(organization.scopeOf(filter.supervisedBy(), false).enterprises());
        }
        return units.findAll(spec, pageable).map(UnitRow::of);
    }

    /** A unit the administrator manages, with its region and industries loaded. */
    Unit load(Scope admin, Long id) {
        return units.findWithIndustriesById(id)
                .filter(unit -> manages(admin, unit.getRegionCode()))
                .orElseThrow(() -> new UnitNotFoundException(id));
    }

    List<AuditRecord> history(Unit unit) {
        return auditLog.history(AUDIT_TYPE, unit.getId());
    }

    @Transactional
    Long create(Scope admin, UnitForm form) {
        submissions.claim();
        Region region = managedRegion(admin, form.getRegionCode());
        Set<Industry> chosen = knownIndustries(form.getIndustryCodes());
        Unit unit = switch (form.getType()) {
            case ENTERPRISE -> {
                EnterpriseDetails details = checkedEnterprise(form, null, chosen);
                yield Unit.enterprise(details, region, chosen);
            }
            case DEPARTMENT ->
                Unit.department(form.getName(), region, checkedCoverage(form, chosen), form.isComprehensive());
            case GOVERNMENT -> Unit.government(form.getName(), region);
            case OPERATOR -> throw new FieldProblem("type", "unit.type.invalid");
        };
        units.save(unit);
        auditLog.record(entry("CREATE", unit, Changes.between(null, unit.auditedFields())));
        return unit.getId();
    }

    @Transactional
    void update(Scope admin, Long id, UnitForm form) {
        Unit unit = loadVersion(admin, id, form.getVersion());
        Map<String, Object> before = unit.auditedFields();
        Region region = managedRegion(admin, form.getRegionCode());
        Set<Industry> chosen = knownIndustries(form.getIndustryCodes());
        switch (unit.getType()) {
            case ENTERPRISE -> unit.updateEnterprise(checkedEnterprise(form, unit.getId(), chosen), region, chosen);
            case DEPARTMENT ->
                unit.updateDepartment(form.getName(), region, checkedCoverage(form, chosen), form.isComprehensive());
            case GOVERNMENT -> unit.updateGovernment(form.getName(), region);
            case OPERATOR -> throw new FieldProblem("type", "unit.type.invalid");
        }
        Changes changes = Changes.between(before, unit.auditedFields());
        if (!changes.isEmpty()) {
            if (unit.getType() != UnitType.ENTERPRISE) {
                reference.changed(); // the names kept of departments and governments
            }
            units.saveAndFlush(unit);
            auditLog.record(entry("UPDATE", unit, changes));
        }
    }

    /** A deactivated unit leaves every picker; its history stays readable. */
    @Transactional
    void setActive(Scope admin, Long id, long version, boolean active) {
        Unit unit = loadVersion(admin, id, version);
        if (unit.isActive() == active) {
            return;
        }
        unit.setActive(active);
        units.saveAndFlush(unit);
        auditLog.record(
                entry(active ? "ACTIVATE" : "DEACTIVATE", unit, Changes.diff().field("active", !active, active)));
    }

    /**
     * Deletes a unit nothing refers to (a mistake just made). A unit with users, inspections or
     * hazards is refused by the database's foreign keys and must be deactivated instead.
     */
    @Transactional
    void delete(Scope admin, Long id, long version) {
        Unit unit = loadVersion(admin, id, version);
        auditLog.record(entry("DELETE", unit, Changes.between(unit.auditedFields(), null)));
        units.delete(unit);
        units.flush();
    }

    private AuditEntry entry(String action, Unit unit, Changes changes) {
        return new AuditEntry(action, AUDIT_TYPE, unit.getId(), unit.getName(), unit.getRegionCode(), changes);
    }

    private Unit loadVersion(Scope admin, Long id, long version) {
        Unit unit = load(admin, id);
        if (unit.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Unit.class, id);
        }
        return unit;
    }

    private Region managedRegion(Scope admin, String code) {
        Region region = code == null ? null : regions.findById(code.trim()).orElse(null);
        if (region == null) {
            throw new FieldProblem("regionCode", "unit.region.unknown");
        }
        if (!manages(admin, region.getCode())) {
            throw new FieldProblem("regionCode", "unit.region.outside");
        }
        return region;
    }

    private Set<Industry> knownIndustries(Set<String> codes) {
        Set<Industry> found = new HashSet<>(industries.findAllById(codes == null ? Set.of() : codes));
        if (codes != null && found.size() != codes.size()) {
            throw new FieldProblem("industryCodes", "unit.industries.unknown");
        }
        return found;
    }

    private EnterpriseDetails checkedEnterprise(UnitForm form, Long self, Set<Industry> chosen) {
        EnterpriseDetails details = form.enterpriseDetails();
        if (details.creditCode() == null || details.creditCode().isBlank()) {
            throw new FieldProblem("creditCode", "unit.creditCode.required");
        }
        if (!CreditCode.isValid(details.creditCode())) {
            throw new FieldProblem("creditCode", "unit.creditCode.invalid");
        }
        units.findByCreditCode(details.creditCode())
                .filter(other -> !other.getId().equals(self))
                .ifPresent(other -> {
                    throw new FieldProblem("creditCode", "unit.creditCode.taken");
                });
        if (chosen.isEmpty()) {
            throw new FieldProblem("industryCodes", "unit.industries.required");
        }
        return details;
    }

    private static Set<Industry> checkedCoverage(UnitForm form, Set<Industry> chosen) {
        if (!form.isComprehensive() && chosen.isEmpty()) {
            throw new FieldProblem("industryCodes", "unit.department.coverage");
        }
        return chosen;
    }

    static boolean manages(Scope admin, String regionCode) {
        return admin.managesRegion(regionCode);
    }

    /** The units an administrator manages: all, or those of its region subtree. */
    static Specification<Unit> managedBy(Scope admin) {
        return (unit, query, cb) -> switch (admin.kind()) {
            case ALL -> cb.conjunction();
            case REGION ->
                RegionCode.of(admin.regionCode()).within(unit.get(Unit_.region).get(Region_.code), cb);
            default -> cb.disjunction();
        };
    }

    private static Specification<Unit> matching(UnitFilter filter) {
        return (unit, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            String pattern = LikePattern.contains(filter.text());
            if (pattern != null) {
                predicates.add(cb.or(
                        cb.like(cb.lower(unit.get(Unit_.name)), pattern, '\\'),
                        cb.equal(
                                unit.get(Unit_.creditCode), filter.text().trim().toUpperCase(Locale.ROOT))));
            }
            if (filter.type() != null) {
                predicates.add(cb.equal(unit.get(Unit_.type), filter.type()));
            }
            predicates.add(RegionCode.filter(unit.get(Unit_.region).get(Region_.code), filter.regionCode(), cb));
            if (filter.industryCode() != null && !filter.industryCode().isBlank()) {
                var sub = query.subquery(Integer.class);
                var same = sub.correlate(unit);
                sub.select(cb.literal(1))
                        .where(cb.equal(same.join(Unit_.industries).get(Industry_.code), filter.industryCode()));
                predicates.add(cb.exists(sub));
            }
            if (filter.active() != null) {
                predicates.add(cb.equal(unit.get(Unit_.active), filter.active()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
