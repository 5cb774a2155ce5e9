package app.redline.hazard;

import app.redline.organization.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The dashboard's twelve-month trend: hazards reported and closed per month, each a ledger link. */
@Component
@RequiredArgsConstructor
class DashboardTrend {

    private final EntityManager entityManager;

    List<HazardDashboard.Month> months(Scope scope, HazardFilter base, LocalDate today) {
        YearMonth first = YearMonth.from(today).minusMonths(11);
        Map<String, Long> reported = perMonth(scope, base, today, "reportedOn", first);
        Map<String, Long> closed = perMonth(scope, base, today, "closedOn", first);
        List<HazardDashboard.Month> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth month = first.plusMonths(i);
            LocalDate from = month.atDay(1);
            LocalDate to = month.atEndOfMonth();
            String label = month.toString();
            months.add(new HazardDashboard.Month(
                    label,
                    new HazardDashboard.Figure(
                            reported.getOrDefault(label, 0L),
                            base.withReportedFrom(from).withReportedTo(to).query()),
                    new HazardDashboard.Figure(
                            closed.getOrDefault(label, 0L),
                            DashboardFilters.with(base, HazardState.CLOSED, null, false, false, false, from, to)
                                    .query())));
        }
        return months;
    }

    private Map<String, Long> perMonth(Scope scope, HazardFilter base, LocalDate today, String field, YearMonth first) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Hazard> hazard = query.from(Hazard.class);
        Expression<String> month = cb.function("to_char", String.class, hazard.get(field), cb.literal("YYYY-MM"));
        query.multiselect(month, cb.count(hazard))
                .where(
                        HazardSpecifications.dashboard(scope, base, hazard, query, cb),
                        cb.greaterThanOrEqualTo(hazard.<LocalDate>get(field), first.atDay(1)))
                .groupBy(month);
        return entityManager.createQuery(query).getResultList().stream()
                .collect(Collectors.toMap(t -> t.get(0, String.class), t -> t.get(1, Long.class)));
    }
}
