package app.redline.accident;

import app.redline.organization.RegionLevel;
import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import app.redline.system.FigureYears;
import app.redline.system.LikePattern;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accidents of a year in a supervisor's scope (or a region under it): how many, their deaths,
 * injuries and loss, those larger and above and those reported late — in total, by level, by type,
 * by the regions right under, by industry and by month — and who was held to account, by measure.
 * Accidents are few beside hazards: counted from their table on each request, one indexed query per
 * table.
 */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AccidentFigures {

    /** A line: what it counts (a level, a type, a region, an industry, a month, or the total) and how many. */
    public record Line(
            String key,
            String name,
            String nameEn,
            long accidents,
            long deaths,
            long seriousInjuries,
            long minorInjuries,
            BigDecimal directLoss,
            long largerAndAbove,
            long late) {

        public String name(Locale locale) {
            return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? name : nameEn;
        }
    }

    /** How many were held to account by a measure. */
    public record Measured(String measure, long people, long units) {}

    record Figures(
            int year,
            String region,
            Line total,
            List<Line> levels,
            List<Line> types,
            List<Line> regions,
            List<Line> industries,
            List<Line> months,
            List<Measured> measures) {}

    private static final String COUNTS = "count(*) as accidents, coalesce(sum(a.deaths), 0) as deaths,"
            + " coalesce(sum(a.serious_injuries), 0) as serious_injuries,"
            + " coalesce(sum(a.minor_injuries), 0) as minor_injuries, coalesce(sum(a.direct_loss), 0) as direct_loss,"
            + " count(*) filter (where a.level <> 'GENERAL') as larger_and_above,"
            + " count(*) filter (where exists (select 1 from accident_report r where r.accident_id = a.id and r.late))"
            + " as late";

    private final JdbcClient jdbc;
    private final Clock clock;

    /** Whether the scope has figures: supervisors' scopes, not an enterprise's. */
    public static boolean answers(Scope scope) {
        return RollUpWhere.answers(scope) && scope.kind() != Scope.Kind.NONE;
    }

    /** This year's total of the scope (the dashboard's line), or null for a scope without figures. */
    public Line thisYear(Scope scope) {
        if (!answers(scope)) {
            return null;
        }
        Map<String, Object> params = new HashMap<>();
        return line(accidents(scope, LocalDate.now(clock).getYear(), null, params), null, params)
                .get(0);
    }

    Figures of(Scope scope, int year, String region) {
        Map<String, Object> params = new HashMap<>();
        String within = LikePattern.prefix(region) == null ? null : region;
        String a = accidents(scope, year, within, params);
        int length = RegionLevel.childLength(within == null ? scope.regionCode() : within);
        params.put("length", length == 0 ? 12 : length);
        return new Figures(
                year,
                within,
                line(a, null, params).get(0),
                line(a, "a.level", params),
                line(a, "a.type", params),
                jdbc.sql(a + "select substring(a.region_code, 1, :length) as key,"
                                + " coalesce(g.name_zh, substring(a.region_code, 1, :length)) as name,"
                                + " coalesce(g.name_en, substring(a.region_code, 1, :length)) as name_en, " + COUNTS
                                + " from a left join region g on g.code = substring(a.region_code, 1, :length)"
                                + " group by 1, 2, 3 order by 1")
                        .params(params)
                        .query(Line.class)
                        .list(),
                jdbc.sql(a + "select i.code as key, i.name_zh as name, i.name_en, " + COUNTS
                                + " from a cross join lateral (select distinct l.ancestor from unnest(a.industries) as u(code)"
                                + "   join industry_lineage l on l.code = u.code) t"
                                + " join industry i on i.code = t.ancestor and i.parent_code is null"
                                + " group by i.code, i.name_zh, i.name_en, i.sort_order order by i.sort_order")
                        .params(params)
                        .query(Line.class)
                        .list(),
                line(a, "to_char(a.occurred_at at time zone :zone, 'YYYY-MM')", params),
                jdbc.sql(
                                a + "select c.measure, count(*) filter (where c.subject_kind = 'PERSON') as people,"
                                        + " count(*) filter (where c.subject_kind = 'UNIT') as units"
                                        + " from accountability c join a on a.id = c.accident_id group by c.measure order by c.measure")
                        .params(params)
                        .query(Measured.class)
                        .list());
    }

    /**
     * The lines of the accidents grouped by an expression that is its own key and name (a column, or
     * the month), or their total when there is none.
     */
    private List<Line> line(String accidents, String groupBy, Map<String, Object> params) {
        String sql = groupBy == null
                ? accidents + "select 'TOTAL' as key, '' as name, '' as name_en, " + COUNTS + " from a"
                : accidents + "select " + groupBy + " as key, " + groupBy + " as name, " + groupBy + " as name_en, "
                        + COUNTS + " from a group by 1, 2, 3 order by 1";
        return jdbc.sql(sql).params(params).query(Line.class).list();
    }

    /** The year's accidents of the scope (and region) as a table expression ({@code a}); fills in its parameters. */
    private String accidents(Scope scope, int year, String region, Map<String, Object> params) {
        RollUpWhere where = RollUpWhere.of(scope, region, null);
        ZoneId zone = clock.getZone();
        params.putAll(where.params());
        params.put("from", FigureYears.start(year, zone));
        params.put("to", FigureYears.start(year + 1, zone));
        params.put("zone", zone.getId());
        return "with a as (select * from accident where occurred_at >= :from and occurred_at < :to and " + where.sql()
                + ") ";
    }
}
