package app.redline.hazard;

import app.redline.organization.EnterpriseJoin;
import app.redline.organization.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.metamodel.SingularAttribute;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's and the overdue review's counts, counted over the hazards themselves in Criteria
 * queries: what one enterprise's pages use (few rows), and what the roll-ups are checked against.
 */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class HazardRecount implements HazardCounts {

    private final EntityManager entityManager;

    @Override
    public Map<String, Long> sums(Scope scope, HazardFilter base, LocalDate today, Map<String, HazardFilter> filters) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Hazard> hazard = query.from(Hazard.class);
        List<String> keys = new ArrayList<>(filters.keySet());
        query.multiselect(keys.stream()
                        .<Selection<?>>map(k -> countWhere(cb, matching(filters.get(k), today, hazard, query, cb)))
                        .toList())
                .where(HazardSpecifications.dashboard(scope, base, hazard, query, cb));
        Tuple row = entityManager.createQuery(query).getSingleResult();
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            counts.put(keys.get(i), orZero(row.get(i, Long.class)));
        }
        return counts;
    }

    @Override
    public Map<String, Map<String, Long>> grouped(
            Scope scope, HazardFilter base, LocalDate today, Grouping grouping, Map<String, HazardFilter> filters) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Hazard> hazard = query.from(Hazard.class);
        EnterpriseJoin enterprise = EnterpriseJoin.of(query, hazard.get(Hazard_.enterpriseId), cb);
        Expression<String> group = key(grouping, enterprise, cb);
        List<String> keys = new ArrayList<>(filters.keySet());
        List<Selection<?>> selections = new ArrayList<>();
        selections.add(group);
        keys.forEach(k -> selections.add(countWhere(cb, matching(filters.get(k), today, hazard, query, cb))));
        query.multiselect(selections)
                .where(enterprise.on(), HazardSpecifications.dashboard(scope, base, hazard, query, cb))
                .groupBy(group);
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (Tuple t : entityManager.createQuery(query).getResultList()) {
            String key = t.get(0, String.class);
            if (grouping.byIndustry() || key.length() == grouping.regionLength()) {
                Map<String, Long> counts = new HashMap<>();
                for (int i = 0; i < keys.size(); i++) {
                    counts.put(keys.get(i), orZero(t.get(i + 1, Long.class)));
                }
                result.put(key, counts);
            }
        }
        return result;
    }

    @Override
    public Map<String, long[]> months(Scope scope, HazardFilter base, YearMonth first) {
        Map<String, long[]> months = new HashMap<>();
        perMonth(scope, base, Hazard_.reportedOn, first)
                .forEach((m, n) -> months.computeIfAbsent(m, k -> new long[2])[0] = n);
        perMonth(scope, base, Hazard_.closedOn, first)
                .forEach((m, n) -> months.computeIfAbsent(m, k -> new long[2])[1] = n);
        return months;
    }

    @Override
    public List<Count> overdue(Scope scope, String region, LocalDate today, Grouping grouping, int max) {
        return overdueBy(scope, region, today, max, (hazard, enterprise, cb) -> key(grouping, enterprise, cb));
    }

    @Override
    public List<Count> mostOverdue(Scope scope, String region, LocalDate today, int max) {
        return overdueBy(scope, region, today, max, (hazard, enterprise, cb) -> hazard.get(Hazard_.enterpriseId));
    }

    private interface OverdueKey {
        Expression<?> of(Root<Hazard> hazard, EnterpriseJoin enterprise, CriteriaBuilder cb);
    }

    private List<Count> overdueBy(Scope scope, String region, LocalDate today, int max, OverdueKey key) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Hazard> hazard = query.from(Hazard.class);
        EnterpriseJoin enterprise = EnterpriseJoin.of(query, hazard.get(Hazard_.enterpriseId), cb);
        Expression<?> group = key.of(hazard, enterprise, cb);
        query.multiselect(group, cb.count(hazard))
                .where(
                        enterprise.on(),
                        cb.notEqual(hazard.get(Hazard_.state), HazardState.CLOSED),
                        cb.lessThan(hazard.get(Hazard_.deadline), today),
                        scope.coversEnterpriseId(hazard.get(Hazard_.enterpriseId), query, cb),
                        enterprise.inRegion(region, cb))
                .groupBy(group)
                .orderBy(cb.desc(cb.count(hazard)), cb.asc(group));
        return entityManager.createQuery(query).setMaxResults(max).getResultList().stream()
                .map(t -> new Count(String.valueOf(t.get(0)), t.get(1, Long.class)))
                .toList();
    }

    private Map<String, Long> perMonth(
            Scope scope, HazardFilter base, SingularAttribute<Hazard, LocalDate> field, YearMonth first) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Hazard> hazard = query.from(Hazard.class);
        Expression<String> month = cb.function("to_char", String.class, hazard.get(field), cb.literal("YYYY-MM"));
        query.multiselect(month, cb.count(hazard))
                .where(
                        HazardSpecifications.dashboard(scope, base, hazard, query, cb),
                        cb.greaterThanOrEqualTo(hazard.get(field), first.atDay(1)))
                .groupBy(month);
        Map<String, Long> counts = new HashMap<>();
        entityManager
                .createQuery(query)
                .getResultList()
                .forEach(t -> counts.put(t.get(0, String.class), t.get(1, Long.class)));
        return counts;
    }

    private static Expression<String> key(Grouping grouping, EnterpriseJoin enterprise, CriteriaBuilder cb) {
        return grouping.byIndustry() ? enterprise.industry() : enterprise.regionAt(grouping.regionLength(), cb);
    }

    private static Predicate matching(
            HazardFilter filter, LocalDate today, Root<Hazard> hazard, CriteriaQuery<?> query, CriteriaBuilder cb) {
        return HazardSpecifications.matching(filter, today).toPredicate(hazard, query, cb);
    }

    private static Expression<Long> countWhere(CriteriaBuilder cb, Predicate predicate) {
        return cb.sum(cb.<Long>selectCase().when(predicate, 1L).otherwise(0L));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
