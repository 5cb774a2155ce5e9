package app.redline.hazard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each of the dashboard's figures counts, as a ledger filter: the same filter gives the
 * figure's count and the ledger link that lists exactly those hazards.
 */
final class DashboardFilters {

    private DashboardFilters() {}

    /** The headline figures' filters, each narrowing the base. */
    static Map<String, HazardFilter> headline(HazardFilter base, LocalDate today) {
        Map<String, HazardFilter> filters = new LinkedHashMap<>();
        filters.put("open", with(base, null, null, true, false, false, null, null));
        filters.put("overdue", with(base, null, null, false, true, false, null, null));
        filters.put("major", with(base, null, HazardGrade.MAJOR, true, false, false, null, null));
        filters.put("listed", with(base, null, null, false, false, true, null, null));
        filters.put(
                "closedThisMonth",
                with(base, HazardState.CLOSED, null, false, false, false, today.withDayOfMonth(1), today));
        filters.put("total", base);
        filters.put("majorTotal", base.withGrade(HazardGrade.MAJOR));
        filters.put("generalTotal", base.withGrade(HazardGrade.GENERAL));
        filters.put("closed", with(base, HazardState.CLOSED, null, false, false, false, null, null));
        filters.put("onTime", filters.get("closed").withOnTimeOnly(true));
        return filters;
    }

    /** A breakdown row's filters, in the order the table shows them. */
    static Map<String, HazardFilter> row(HazardFilter base) {
        Map<String, HazardFilter> filters = new LinkedHashMap<>();
        filters.put("open", with(base, null, null, true, false, false, null, null));
        filters.put("overdue", with(base, null, null, false, true, false, null, null));
        filters.put("major", with(base, null, HazardGrade.MAJOR, true, false, false, null, null));
        filters.put("closed", with(base, HazardState.CLOSED, null, false, false, false, null, null));
        filters.put("total", base);
        return filters;
    }

    /** Every hazard of a region subtree (of the scope, when null). */
    static HazardFilter of(String region) {
        return HazardFilter.none().withRegionCode(region);
    }

    static HazardFilter with(
            HazardFilter base,
            HazardState state,
            HazardGrade grade,
            boolean open,
            boolean overdue,
            boolean listed,
            LocalDate closedFrom,
            LocalDate closedTo) {
        return base.withState(state)
                .withGrade(grade)
                .withOpenOnly(open)
                .withOverdueOnly(overdue)
                .withListedOnly(listed)
                .withClosedFrom(closedFrom)
                .withClosedTo(closedTo);
    }
}
