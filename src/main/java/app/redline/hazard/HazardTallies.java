package app.redline.hazard;

import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's and the overdue review's counts added up from the roll-ups (migration V20:
 * hazard_tally, hazard_month_tally, enterprise_due_tally), which count hazards by region, industries,
 * campaign, grade, state, listing, timeliness and deadline, kept in the transaction of each change.
 * Their size follows the number of regions and industries, not the history, so a scope's figures
 * cost the same after years of closed hazards. They do not count by enterprise: one enterprise's
 * pages count its hazards ({@link HazardRecount}).
 */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class HazardTallies implements HazardCounts {

    private final JdbcClient jdbc;
    private final RecentFigures recent;

    @Override
    public Map<String, Long> sums(Scope scope, HazardFilter base, LocalDate today, Map<String, HazardFilter> filters) {
        RollUpWhere where = where(scope, base);
        Map<String, Long> counts = new HashMap<>();
        List<String> keys = new ArrayList<>();
        List<String> sums = new ArrayList<>();
        filters.forEach((key, filter) -> {
            if (filter.closedFrom() != null) {
                counts.put(key, closedIn(where, filter));
            } else {
                keys.add(key);
                sums.add("coalesce(sum(n) filter (where " + condition(filter) + "), 0)");
            }
        });
        if (!keys.isEmpty()) {
            List<Object> row = jdbc.sql("select " + String.join(", ", sums) + " from hazard_tally where " + where.sql())
                    .params(where.params())
                    .param("today", today)
                    .query((rs, i) -> {
                        List<Object> values = new ArrayList<>();
                        for (int c = 1; c <= keys.size(); c++) {
                            values.add(rs.getLong(c));
                        }
                        return values;
                    })
                    .single();
            for (int i = 0; i < keys.size(); i++) {
                counts.put(keys.get(i), (Long) row.get(i));
            }
        }
        return counts;
    }

    @Override
    public Map<String, Map<String, Long>> grouped(
            Scope scope, HazardFilter base, LocalDate today, Grouping grouping, Map<String, HazardFilter> filters) {
        RollUpWhere where = where(scope, base);
        List<String> keys = new ArrayList<>(filters.keySet());
        StringBuilder sql = new StringBuilder("select ").append(group(grouping)).append(" as k");
        keys.forEach(k -> sql.append(", coalesce(sum(n) filter (where ")
                .append(condition(filters.get(k)))
                .append("), 0)"));
        sql.append(from(grouping, "hazard_tally")).append(" where ").append(where.sql());
        if (!grouping.byIndustry()) {
            sql.append(" and length(region_code) >= :length");
        }
        sql.append(" group by 1 having sum(n) <> 0 order by 1"); // rows that cancel out: no hazards
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        jdbc.sql(sql.toString())
                .params(where.params())
                .param("today", today)
                .param("length", grouping.regionLength())
                .query(rs -> {
                    Map<String, Long> counts = new HashMap<>();
                    for (int i = 0; i < keys.size(); i++) {
                        counts.put(keys.get(i), rs.getLong(i + 2));
                    }
                    result.put(rs.getString(1), counts);
                });
        return result;
    }

    @Override
    public Map<String, long[]> months(Scope scope, HazardFilter base, YearMonth first) {
        RollUpWhere where = where(scope, base);
        Map<String, long[]> months = new HashMap<>();
        jdbc.sql("select to_char(month, 'YYYY-MM'), sum(reported), sum(closed) from hazard_month_tally"
                        + " where month >= :first and " + where.sql() + " group by 1")
                .params(where.params())
                .param("first", first.atDay(1))
                .query(rs -> {
                    months.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return months;
    }

    @Override
    public List<Count> overdue(Scope scope, String region, LocalDate today, Grouping grouping, int max) {
        RollUpWhere where = RollUpWhere.of(scope, region, null);
        String sql = "select " + group(grouping) + " as k, sum(n) as c" + from(grouping, "hazard_tally")
                + " where state <> 'CLOSED' and due_on < :today and " + where.sql()
                + " group by 1 having sum(n) > 0 order by 2 desc, 1 limit :max";
        return jdbc.sql(sql)
                .params(where.params())
                .param("today", today)
                .param("length", grouping.regionLength())
                .param("max", max)
                .query((rs, i) -> new Count(rs.getString(1), rs.getLong(2)))
                .list();
    }

    @Override
    public List<Count> mostOverdue(Scope scope, String region, LocalDate today, int max) {
        RollUpWhere where = RollUpWhere.of(scope, region, null);
        String sql = "select enterprise_id, sum(n) from enterprise_due_tally"
                + " where due_on < :today and " + where.sql()
                + " group by 1 having sum(n) > 0 order by 2 desc, 1 limit :max";
        return recent.get(
                RecentFigures.key(sql, where.params()) + "|" + today + "|" + max,
                () -> jdbc.sql(sql)
                        .params(where.params())
                        .param("today", today)
                        .param("max", max)
                        .query((rs, i) -> new Count(Long.toString(rs.getLong(1)), rs.getLong(2)))
                        .list());
    }

    /**
     * The enterprises with overdue hazards in a scope, region and industry, at most {@code max}
     * (from the roll-up of deadlines, exact): a short list lets the overdue list of a region with
     * few of them use the hazards' enterprise index instead of walking every open deadline.
     */
    List<Long> enterprisesWithOverdue(Scope scope, String region, String industry, LocalDate today, int max) {
        RollUpWhere where = RollUpWhere.of(scope, region, industry);
        return jdbc.sql("select enterprise_id from enterprise_due_tally where due_on < :today and " + where.sql()
                        + " group by 1 having sum(n) > 0 limit :max")
                .params(where.params())
                .param("today", today)
                .param("max", max)
                .query(Long.class)
                .list();
    }

    /** Hazards closed in the filter's months (a filter of closed hazards from a month's first day on). */
    private long closedIn(RollUpWhere where, HazardFilter filter) {
        if (filter.closedFrom().getDayOfMonth() != 1 || filter.state() != HazardState.CLOSED) {
            throw new IllegalArgumentException("The roll-ups count closings by whole month: " + filter);
        }
        // Up to the month of closedTo; without one, every month from closedFrom's on.
        LocalDate to = filter.closedTo() == null ? null : filter.closedTo().withDayOfMonth(1);
        return jdbc.sql("select coalesce(sum(closed), 0) from hazard_month_tally where month >= :from"
                        + (to == null ? "" : " and month <= :to") + " and " + where.sql())
                .params(where.params())
                .param("from", filter.closedFrom())
                .param("to", to)
                .query(Long.class)
                .single();
    }

    /**
     * Whether the roll-ups count the ledger's hazards of this scope and filter exactly: a scope of
     * regions (not one enterprise) and a filter only of what they count by (state, grade, listing,
     * timeliness, overdue, region, industry, campaign) — no enterprise, text, dates or turn.
     */
    static boolean countsLedger(Scope scope, HazardFilter f) {
        return RollUpWhere.answers(scope) && countable(f) && f.closedFrom() == null && f.closedTo() == null;
    }

    /** The ledger's hazards of a scope and filter, from the roll-ups ({@link #countsLedger} must hold). */
    long ledgerCount(Scope scope, HazardFilter filter, LocalDate today) {
        if (!countsLedger(scope, filter)) {
            throw new IllegalArgumentException("Not a roll-up figure: " + filter);
        }
        return sums(scope, filter, today, Map.of("n", filter)).get("n");
    }

    private static boolean countable(HazardFilter f) {
        return f.enterpriseId() == null
                && f.reportedFrom() == null
                && f.reportedTo() == null
                && f.deadlineFrom() == null
                && f.deadlineTo() == null
                && HazardSpecifications.blank(f.text())
                && f.turn() == null;
    }

    /**
     * A ledger filter as a condition on the roll-up's columns. The roll-ups know state, grade,
     * listing, timeliness and deadline; a filter on anything else cannot be answered from them.
     */
    static String condition(HazardFilter f) {
        if (!countable(f) || f.closedTo() != null) {
            throw new IllegalArgumentException("Not a roll-up figure: " + f);
        }
        List<String> and = new ArrayList<>();
        and.add("true");
        if (f.state() != null) {
            and.add("state = '" + f.state().name() + "'");
        }
        if (f.grade() != null) {
            and.add("grade = '" + f.grade().name() + "'");
        }
        if (f.openOnly() || f.overdueOnly()) {
            and.add("state <> 'CLOSED'");
        }
        if (f.overdueOnly()) {
            and.add("due_on < :today");
        }
        if (f.listedOnly()) {
            and.add("listed");
        }
        if (f.onTimeOnly()) {
            and.add("on_time");
        }
        return String.join(" and ", and);
    }

    private static String group(Grouping grouping) {
        return grouping.byIndustry() ? "i.code" : "substr(region_code, 1, :length)";
    }

    private static String from(Grouping grouping, String table) {
        return " from " + table + (grouping.byIndustry() ? " cross join unnest(industries) as i(code)" : "");
    }

    /** The scope and the base filter's region, industry and campaign, as a condition on a roll-up. */
    private static RollUpWhere where(Scope scope, HazardFilter base) {
        RollUpWhere where = RollUpWhere.of(scope, base.regionCode(), base.industryCode());
        return base.campaignId() == null
                ? where
                : where.and("campaign_id = :campaign", Map.of("campaign", base.campaignId()));
    }
}
