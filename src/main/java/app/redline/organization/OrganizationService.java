package app.redline.organization;

import static app.redline.organization.UnitSpecifications.active;
import static app.redline.organization.UnitSpecifications.inIndustries;
import static app.redline.organization.UnitSpecifications.inRegion;
import static app.redline.organization.UnitSpecifications.matching;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Regions, industries and units, and the scope a unit's people see. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class OrganizationService {

    private final UnitRepository units;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final IndustryLineage lineage;
    private final ReferenceData reference;
    private final EnterpriseRows enterpriseRows;
    private final UnitScopes unitScopes;
    private final UnitLookups lookups;

    /** The region codes of units by id, in one query (units without a region are left out). */
    public Map<Long, String> regionCodesOf(Set<Long> ids) {
        return lookups.regionCodesOf(ids);
    }

    /**
     * Enterprises by id with their regions and industries (for a page of other rows): one query, the
     * names of regions and industries from the reference data.
     */
    public Map<Long, EnterpriseRow> enterpriseRows(Set<Long> ids) {
        return enterpriseRows.of(ids);
    }

    /** The names of these units, as a page shows them ({@link UnitLookups#unitNames}). */
    public Map<Long, String> unitNames(Set<Long> ids) {
        return lookups.unitNames(ids);
    }

    public Optional<UnitSummary> findUnit(Long id) {
        return units.findById(id).map(UnitSummary::of);
    }

    /** The kind of a unit, kept once read ({@link UnitLookups#unitType}). */
    public Optional<UnitType> unitType(Long id) {
        return lookups.unitType(id);
    }

    /**
     * The scope of a unit's people ({@link UnitScopes}): inside a caller's transaction it reads with
     * that transaction, on its own it opens none.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Scope scopeOf(Long unitId, boolean administrator) {
        return unitScopes.of(unitId, administrator);
    }

    /** The scope of the unit with these facts, read by the caller ({@link ScopeFacts}; null: no such unit). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Scope scopeOf(ScopeFacts facts, boolean administrator) {
        return unitScopes.of(facts, administrator);
    }

    /**
     * How many active enterprises a scope holds, by risk level: from the roll-up of the enterprises'
     * keys (enterprise_tally, kept by the database) for a region or a department, from the unit
     * itself for one enterprise.
     */
    public ScopeOverview overview(Scope scope) {
        Map<RiskLevel, Long> byRiskLevel = new EnumMap<>(RiskLevel.class);
        long[] total = {0};
        if (RollUpWhere.answers(scope)) {
            RollUpWhere where = RollUpWhere.of(scope, null, null);
            jdbc.sql("select risk_level, sum(n) from enterprise_tally where " + where.sql()
                            + " group by 1 having sum(n) <> 0")
                    .params(where.params())
                    .query(rs -> {
                        total[0] += rs.getLong(2);
                        if (rs.getString(1) != null) {
                            byRiskLevel.put(RiskLevel.valueOf(rs.getString(1)), rs.getLong(2));
                        }
                    });
            return new ScopeOverview(total[0], byRiskLevel);
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Unit> unit = query.from(Unit.class);
        query.multiselect(unit.get(Unit_.riskLevel), cb.count(unit))
                .where(scope.enterprises().and(active()).toPredicate(unit, query, cb))
                .groupBy(unit.get(Unit_.riskLevel));
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            total[0] += row.get(1, Long.class);
            RiskLevel level = row.get(0, RiskLevel.class);
            if (level != null) {
                byRiskLevel.put(level, row.get(1, Long.class));
            }
        }
        return new ScopeOverview(total[0], byRiskLevel);
    }

    public Page<EnterpriseRow> enterprises(Scope scope, EnterpriseFilter filter, Pageable pageable) {
        Specification<Unit> spec = scope.enterprises().and(active()).and(matching(filter));
        return units.findAll(spec, pageable).map(EnterpriseRow::of);
    }

    /**
     * The ids of up to {@code limit} enterprises of a scope in a region subtree and/or an industry
     * (with its sub-sectors' enterprises not included: the industry itself), for other features'
     * filters: a short list lets their queries use their enterprise index.
     */
    public List<Long> enterpriseIds(Scope scope, String regionPrefix, String industryCode, int limit) {
        Specification<Unit> spec = scope.enterprises().and(inRegion(regionPrefix));
        if (industryCode != null && !industryCode.isBlank()) {
            spec = spec.and(inIndustries(List.of(industryCode)));
        }
        return ids(spec, limit);
    }

    /**
     * The active enterprises of a scope that a campaign's criteria select: in a region subtree, in
     * one of the industries (or their sub-sectors), at one of the risk levels; an empty criterion does
     * not filter. Ids only, in id order.
     */
    public List<Long> selectEnterprises(
            Scope scope, String regionPrefix, Set<String> industryCodes, Set<RiskLevel> riskLevels) {
        Set<String> industries = lineage.withSubSectors(industryCodes);
        Specification<Unit> spec = scope.enterprises().and(active()).and(inRegion(regionPrefix));
        if (!industries.isEmpty()) {
            spec = spec.and(inIndustries(industries));
        }
        if (!riskLevels.isEmpty()) {
            spec = spec.and((unit, query, cb) -> unit.get(Unit_.riskLevel).in(riskLevels));
        }
        return ids(spec, Integer.MAX_VALUE);
    }

    /** The ids of the units a specification selects, in id order, at most {@code limit}. */
    private List<Long> ids(Specification<Unit> spec, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Unit> unit = query.from(Unit.class);
        query.select(unit.get(Unit_.id))
                .where(spec.toPredicate(unit, query, cb))
                .orderBy(cb.asc(unit.get(Unit_.id)));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    /** A region's name in a language. */
    public Optional<String> regionName(String code, Locale locale) {
        return reference.regions().stream()
                .filter(r -> r.named().code().equals(code))
                .findFirst()
                .map(r -> r.named().name(locale));
    }

    /** Which of these enterprises a scope covers. */
    public Set<Long> covered(Scope scope, Collection<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return Set.of();
        }
        Specification<Unit> spec =
                scope.enterprises().and((unit, query, cb) -> unit.get(Unit_.id).in(enterpriseIds));
        return units.findAll(spec).stream().map(Unit::getId).collect(Collectors.toSet());
    }

    /** The active enterprises of a scope with these credit codes, by credit code (others are left out). */
    public Map<String, Long> enterpriseIdsByCreditCode(Scope scope, Collection<String> creditCodes) {
        if (creditCodes.isEmpty()) {
            return Map.of();
        }
        Specification<Unit> spec = scope.enterprises()
                .and(active())
                .and((unit, query, cb) -> unit.get(Unit_.creditCode).in(creditCodes));
        return units.findAll(spec).stream().collect(Collectors.toMap(Unit::getCreditCode, Unit::getId));
    }

    /** One enterprise of the scope; any other id is "not found". */
    public EnterpriseRow enterprise(Scope scope, Long id) {
        return findEnterprise(scope, id).orElseThrow(() -> new EnterpriseNotFoundException(id));
    }

    /** The enterprise of this id if the scope holds it. */
    public Optional<EnterpriseRow> findEnterprise(Scope scope, Long id) {
        // One SQL query and the scope's rule in Java (as the scope's predicate says it in SQL): the
        // page of every hazard, inspection and register item asks this first.
        EnterpriseRow row = id == null ? null : enterpriseRows.enterprise(id);
        return row != null
                        && scope.holds(
                                row.id(),
                                row.region().code(),
                                row.industries().stream().map(Named::code).toList())
                ? Optional.of(row)
                : Optional.empty();
    }

    /**
     * The regions an administrator with this scope manages, in tree order (a code sorts right after
     * its parent's): all of them, or its region subtree.
     */
    public List<RegionOption> regionsManagedBy(Scope administratorScope) {
        List<ReferenceData.RegionEntry> managed = switch (administratorScope.kind()) {
            case ALL -> reference.regions();
            case REGION ->
                reference.regions().stream()
                        .filter(r -> r.named().code().startsWith(administratorScope.regionCode()))
                        .toList();
            default -> List.of();
        };
        int top = managed.stream().mapToInt(r -> r.level().ordinal()).min().orElse(0);
        return managed.stream()
                .map(r -> new RegionOption(
                        r.named(), r.level(), r.parentCode(), r.level().ordinal() - top))
                .toList();
    }

    /**
     * The regions a list of this scope may be narrowed to (its region subtree, every region for the
     * whole installation), in tree order; none for an enterprise's own people.
     */
    public List<RegionOption> regionChoices(Scope scope) {
        return switch (scope.kind()) {
            case ALL -> regionsManagedBy(scope);
            case REGION, REGION_INDUSTRIES -> regionsManagedBy(Scope.region(scope.regionCode()));
            default -> List.of();
        };
    }

    /** The industry catalogue in tree order: each sub-sector right after its parent. */
    public List<IndustryOption> industryTree() {
        List<ReferenceData.IndustryEntry> all = reference.industries();
        Map<String, List<ReferenceData.IndustryEntry>> children = all.stream()
                .filter(i -> i.parentCode() != null)
                .collect(Collectors.groupingBy(ReferenceData.IndustryEntry::parentCode));
        List<IndustryOption> tree = new ArrayList<>();
        all.stream().filter(i -> i.parentCode() == null).forEach(root -> addSubtree(root, 0, children, tree));
        return tree;
    }

    private static void addSubtree(
            ReferenceData.IndustryEntry industry,
            int depth,
            Map<String, List<ReferenceData.IndustryEntry>> children,
            List<IndustryOption> tree) {
        tree.add(new IndustryOption(industry.named(), industry.parentCode(), industry.sortOrder(), depth));
        children.getOrDefault(industry.named().code(), List.of())
                .forEach(child -> addSubtree(child, depth + 1, children, tree));
    }

    public List<Named> industries() {
        return reference.industries().stream()
                .map(ReferenceData.IndustryEntry::named)
                .toList();
    }

    /** The operator unit of this name (the installation's own), created when missing. */
    @Transactional
    public Long ensureOperator(String name) {
        return units.findFirstByTypeAndName(UnitType.OPERATOR, name)
                .orElseGet(() -> units.save(Unit.operator(name)))
                .getId();
    }
}
