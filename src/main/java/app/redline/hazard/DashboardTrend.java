package app.redline.hazard;

import app.redline.organization.Scope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The dashboard's twelve-month trend: hazards reported and closed per month, each a ledger link. */
@Component
class DashboardTrend {

    private static final long[] NONE = {0, 0};

    List<HazardDashboard.Month> months(HazardCounts counts, Scope scope, HazardFilter base, LocalDate today) {
        YearMonth first = YearMonth.from(today).minusMonths(11);
        Map<String, long[]> perMonth = counts.months(scope, base, first);
        List<HazardDashboard.Month> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth month = first.plusMonths(i);
            LocalDate from = month.atDay(1);
            LocalDate to = month.atEndOfMonth();
            String label = month.toString();
            months.add(new HazardDashboard.Month(
                    label,
                    new HazardDashboard.Figure(
                            perMonth.getOrDefault(label, NONE)[0],
                            base.withReportedFrom(from).withReportedTo(to).query()),
                    new HazardDashboard.Figure(
                            perMonth.getOrDefault(label, NONE)[1],
                            DashboardFilters.with(base, HazardState.CLOSED, null, false, false, false, from, to)
                                    .query())));
        }
        return months;
    }
}
