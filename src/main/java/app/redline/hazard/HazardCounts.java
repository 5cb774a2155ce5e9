package app.redline.hazard;

import app.redline.organization.Scope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The counts behind the dashboard and the overdue review, each defined by ledger filters (so that a
 * figure's link lists exactly what it counts). Two ways to get them: {@link HazardTallies} adds up
 * the roll-ups (fast whatever the history), {@link HazardRecount} counts the hazards themselves (for
 * one enterprise, and to check the roll-ups).
 */
interface HazardCounts {

    /** How a breakdown groups: by the sub-regions of a code length, or by industry. */
    record Grouping(int regionLength) {

        static final Grouping INDUSTRY = new Grouping(0);

        static Grouping region(int length) {
            return new Grouping(length);
        }

        boolean byIndustry() {
            return regionLength == 0;
        }
    }

    /** A group's key (a region or industry code, an enterprise id) and its count. */
    record Count(String key, long count) {}

    /** For each filter, how many of the base's hazards in the scope it matches. */
    Map<String, Long> sums(Scope scope, HazardFilter base, LocalDate today, Map<String, HazardFilter> filters);

    /** The same, per group; a group with none of the base's hazards is left out. */
    Map<String, Map<String, Long>> grouped(
            Scope scope, HazardFilter base, LocalDate today, Grouping grouping, Map<String, HazardFilter> filters);

    /** Hazards reported and closed per month ("YYYY-MM") from {@code first} on: {reported, closed}. */
    Map<String, long[]> months(Scope scope, HazardFilter base, YearMonth first);

    /**
     * Overdue hazards of the scope in a region subtree, per group, most first, at most {@code max}
     * (by region: an enterprise of a region above that level counts under its own region's code).
     */
    List<Count> overdue(Scope scope, String region, LocalDate today, Grouping grouping, int max);

    /**
     * The enterprises with the most overdue hazards, most first, at most {@code max}: from the
     * roll-ups up to {@code redline.figures.recent-for} old (see {@link RecentFigures}).
     */
    List<Count> mostOverdue(Scope scope, String region, LocalDate today, int max);
}
