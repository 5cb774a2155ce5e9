package app.redline.prevention;

import app.redline.organization.Named;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionCode;
import app.redline.organization.RegionLevel;
import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors read of prevention: how much of the investigation work due in a period was done
 * (履职率), by sub-region and industry, from the roll-up of the counters; and the silent enterprises,
 * active ones of the scope with no investigation done for some days.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PreventionFigures {

    /** How many silent enterprises a page lists. */
    static final int SILENT_SHOWN = 50;

    /** Work due, done (normal), done with a hazard found, and missed. */
    public record Tally(long due, long done, long found, long missed) {

        static final Tally NONE = new Tally(0, 0, 0, 0);

        /** The share of the work due that was done, in percent (null when nothing was due). */
        public Integer rate() {
            return due == 0 ? null : (int) Math.round(100.0 * Math.min(due, done + found) / due);
        }
    }

    /** A row of a breakdown: a sub-region or an industry. */
    public record Row(String code, String name, Tally tally) {}

    /** An enterprise with no investigation done lately, and the last day it did one (null: never). */
    public record Silent(Long id, String name, String regionCode, LocalDate lastDone) {}

    /** The figures of a scope for a period, optionally within one of its regions. */
    public record Figures(
            String region,
            LocalDate from,
            LocalDate to,
            Tally total,
            List<Row> byRegion,
            List<Row> byIndustry,
            long silentCount,
            List<Silent> silent,
            int silentDays) {}

    private final JdbcClient jdbc;
    private final OrganizationService organization;

    public Figures figures(
            Scope scope,
            String requestedRegion,
            LocalDate from,
            LocalDate to,
            int silentDays,
            LocalDate today,
            Locale locale) {
        String top = scope.kind() == Scope.Kind.ALL ? null : scope.regionCode();
        String region = requestedRegion != null
                        && RegionCode.isValid(requestedRegion)
                        && !scope.isSingleEnterprise()
                        && (top == null || RegionCode.of(top).contains(requestedRegion))
                ? requestedRegion
                : top;
        if (scope.isSingleEnterprise()) {
            return new Figures(
                    region,
                    from,
                    to,
                    enterpriseTally(scope.enterpriseId(), from, to),
                    List.of(),
                    List.of(),
                    0,
                    List.of(),
                    0);
        }
        RollUpWhere where = RollUpWhere.of(scope, region, null)
                .and("day between :from and :to", Map.of("from", Date.valueOf(from), "to", Date.valueOf(to)));
        Tally total = grouped(where, "''", "").getOrDefault("", Tally.NONE);

        List<Row> byRegion = new ArrayList<>();
        int length = RegionLevel.childLength(region);
        if (length > 0) {
            Map<String, String> names = organization.regionsManagedBy(Scope.all()).stream()
                    .collect(Collectors.toMap(r -> r.code(), r -> r.region().name(locale)));
            grouped(where.and("true", Map.of("length", length)), "substr(region_code, 1, :length)", "")
                    .forEach((code, tally) -> byRegion.add(new Row(code, names.getOrDefault(code, code), tally)));
        }
        Map<String, String> industryNames =
                organization.industries().stream().collect(Collectors.toMap(Named::code, n -> n.name(locale)));
        List<Row> byIndustry = new ArrayList<>();
        grouped(where, "i.code", " cross join unnest(industries) as i(code)")
                .forEach((code, tally) -> byIndustry.add(new Row(code, industryNames.getOrDefault(code, code), tally)));

        LocalDate since = today.minusDays(silentDays - 1L);
        ScopeKeys keys = ScopeKeys.of(scope, region, "k.enterprise_id");
        String silentWhere = " from enterprise_key k where " + keys.sql()
                + " and not exists (select 1 from investigation_last l where l.enterprise_id = k.enterprise_id"
                + " and l.last_day >= :since)";
        Map<String, Object> params = new HashMap<>(keys.params());
        params.put("since", Date.valueOf(since));
        long silentCount = jdbc.sql("select count(*)" + silentWhere)
                .params(params)
                .query(Long.class)
                .single();
        // The silent set first (one anti-join), then its first names: walking all names for the few
        // silent ones would read every enterprise of the scope when nearly none is silent.
        List<Silent> silent = jdbc.sql("with silent as materialized (select k.enterprise_id" + silentWhere + ")"
                        + " select u.id, u.name, u.region_code,"
                        + " (select l.last_day from investigation_last l where l.enterprise_id = u.id)"
                        + " from silent s join unit u on u.id = s.enterprise_id"
                        + " order by u.name, u.id limit " + SILENT_SHOWN)
                .params(params)
                .query((rs, n) -> new Silent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()))
                .list();
        return new Figures(region, from, to, total, byRegion, byIndustry, silentCount, silent, silentDays);
    }

    /** The completion of the last 30 days (to yesterday) in the scope: the dashboard's line. */
    public Tally recent(Scope scope, LocalDate today) {
        LocalDate to = today.minusDays(1);
        LocalDate from = to.minusDays(29);
        if (scope.isSingleEnterprise()) {
            return enterpriseTally(scope.enterpriseId(), from, to);
        }
        RollUpWhere where = RollUpWhere.of(scope, null, null)
                .and("day between :from and :to", Map.of("from", Date.valueOf(from), "to", Date.valueOf(to)));
        return grouped(where, "''", "").getOrDefault("", Tally.NONE);
    }

    private Tally enterpriseTally(Long enterpriseId, LocalDate from, LocalDate to) {
        return jdbc.sql("select coalesce(sum(due), 0), coalesce(sum(done), 0), coalesce(sum(found), 0),"
                        + " coalesce(sum(missed), 0) from investigation_day where enterprise_id = :e"
                        + " and day between :from and :to")
                .param("e", enterpriseId)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** The roll-up's sums by a key (an expression over its columns), in key order. */
    private Map<String, Tally> grouped(RollUpWhere where, String key, String join) {
        Map<String, Tally> rows = new java.util.LinkedHashMap<>();
        jdbc.sql("select " + key + " as k, sum(due), sum(done), sum(found), sum(missed) from investigation_tally"
                        + join + " where " + where.sql() + " group by 1 having sum(due) <> 0 or sum(done) <> 0"
                        + " or sum(found) <> 0 or sum(missed) <> 0 order by 1")
                .params(where.params())
                .query(rs -> {
                    rows.put(rs.getString(1), new Tally(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });
        return rows;
    }

    /** A roll-up condition on enterprise_key's columns (aliased k). */
}
