package app.redline.hazard;

import app.redline.organization.EnterpriseJoin;
import app.redline.organization.Named;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionLevel;
import app.redline.organization.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the overdue review, aggregated in SQL over the open hazards of a scope whose
 * deadline has passed: by the sub-regions one level below the scope's region, by industry, and the
 * enterprises with the most.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class OverdueReview {

    static final int TOP_ENTERPRISES = 5;

    private final EntityManager entityManager;
    private final OrganizationService organization;
    private final Clock clock;

    OverdueSummary summary(Scope scope, String regionCode, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        String base = regionCode != null && !regionCode.isBlank() ? regionCode : scope.regionCode();
        int childLength = RegionLevel.childLength(base);
        Map<String, String> regionNames = organization.regionsManagedBy(Scope.all()).stream()
                .collect(Collectors.toMap(r -> r.code(), r -> r.region().name(locale)));
        Map<String, String> industryNames =
                organization.industries().stream().collect(Collectors.toMap(Named::code, n -> n.name(locale)));

        List<OverdueSummary.Count> byRegion = childLength == 0
                ? List.of()
                : grouped(scope, base, today, (h, enterprise, cb) -> enterprise.regionAt(childLength, cb), 50).stream()
                        .map(t -> count(t, regionNames))
                        .toList();
        List<OverdueSummary.Count> byIndustry =
                grouped(scope, base, today, (h, enterprise, cb) -> enterprise.industry(), 50).stream()
                        .map(t -> count(t, industryNames))
                        .toList();
        List<Tuple> top =
                grouped(scope, base, today, (h, enterprise, cb) -> h.get(Hazard_.enterpriseId), TOP_ENTERPRISES);
        Map<Long, String> enterpriseNames = organization.unitNames(
                top.stream().map(t -> t.get(0, Long.class)).collect(Collectors.toSet()));
        List<OverdueSummary.Count> topEnterprises = top.stream()
                .map(t -> new OverdueSummary.Count(
                        t.get(0, Long.class).toString(),
                        enterpriseNames.get(t.get(0, Long.class)),
                        t.get(1, Long.class)))
                .toList();
        return new OverdueSummary(byRegion, byIndustry, topEnterprises);
    }

    /** What the overdue hazards are grouped by: built from the hazard and its enterprise. */
    private interface Key<T> {
        Expression<T> of(Root<Hazard> hazard, EnterpriseJoin enterprise, CriteriaBuilder cb);
    }

    /** Overdue hazards counted per key, most first, at most {@code max} groups. */
    private <T> List<Tuple> grouped(Scope scope, String base, LocalDate today, Key<T> key, int max) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Hazard> hazard = query.from(Hazard.class);
        EnterpriseJoin unit = EnterpriseJoin.of(query, hazard.get(Hazard_.enterpriseId), cb);
        Expression<T> group = key.of(hazard, unit, cb);
        query.multiselect(group, cb.count(hazard))
                .where(overdue(scope, base, today, hazard, unit, query, cb))
                .groupBy(group)
                .orderBy(cb.desc(cb.count(hazard)), cb.asc(group));
        return entityManager.createQuery(query).setMaxResults(max).getResultList();
    }

    private static Predicate overdue(
            Scope scope,
            String base,
            LocalDate today,
            Root<Hazard> hazard,
            EnterpriseJoin unit,
            CriteriaQuery<?> query,
            CriteriaBuilder cb) {
        return cb.and(
                unit.on(),
                cb.notEqual(hazard.get(Hazard_.state), HazardState.CLOSED),
                cb.lessThan(hazard.get(Hazard_.deadline), today),
                scope.coversEnterpriseId(hazard.get(Hazard_.enterpriseId), query, cb),
                unit.inRegion(base, cb));
    }

    private static OverdueSummary.Count count(Tuple tuple, Map<String, String> names) {
        String key = tuple.get(0, String.class);
        return new OverdueSummary.Count(key, names.getOrDefault(key, key), tuple.get(1, Long.class));
    }
}
