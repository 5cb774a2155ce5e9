package app.redline.publicreport;

import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import app.redline.system.FigureYears;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of a year about the enterprises of a supervisor's scope, counted by outcome — by the
 * regions under the scope's, by industry and by channel — with the time they took to verify and the
 * rewards granted: the figures page, its export and the dashboard's line.
 */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class PublicReportFigures {

    /** A line of figures: what it counts (a region, an industry, a channel, or the total) and how many. */
    record Line(
            String key,
            String name,
            String nameEn,
            long received,
            long open,
            long overdue,
            long raised,
            long dismissed,
            BigDecimal daysToVerify,
            long decidedLate,
            BigDecimal rewards) {

        public String name(java.util.Locale locale) {
            return java.util.Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? name : nameEn;
        }
    }

    /** A year's figures of a scope. */
    record Figures(int year, Line total, List<Line> regions, List<Line> industries, List<Line> channels) {}

    private static final String COUNTS = "count(*) as received,"
            + " count(*) filter (where r.status = 'RECEIVED') as open,"
            + " count(*) filter (where r.status = 'RECEIVED' and r.verify_by < :today) as overdue,"
            + " count(*) filter (where r.status = 'HAZARD_RAISED') as raised,"
            + " count(*) filter (where r.status = 'DISMISSED') as dismissed,"
            + " round(cast(avg(extract(epoch from r.decided_at - r.received_at) / 86400)"
            + "   filter (where r.decided_at is not null) as numeric), 1) as days_to_verify,"
            + " count(*) filter (where r.decided_at is not null"
            + "   and cast(r.decided_at at time zone :zone as date) > r.verify_by) as decided_late,"
            + " coalesce(sum(r.reward_amount) filter (where r.reward_status in ('APPROVED', 'PAID')), 0) as rewards";

    private final JdbcClient jdbc;
    private final Clock clock;

    static boolean answers(Scope scope) {
        return RollUpWhere.answers(scope) && scope.kind() != Scope.Kind.NONE;
    }

    Figures of(Scope scope, int year) {
        Map<String, Object> params = new HashMap<>();
        String reports = reports(scope, year, params);
        int length = childLength(scope);
        params.put("length", length);
        Line total = total(reports, params);
        List<Line> regions = jdbc.sql(reports + "select substring(r.region_code, 1, :length) as key,"
                        + " coalesce(g.name_zh, substring(r.region_code, 1, :length)) as name,"
                        + " coalesce(g.name_en, substring(r.region_code, 1, :length)) as name_en, " + COUNTS
                        + " from r left join region g on g.code = substring(r.region_code, 1, :length)"
                        + " group by 1, 2, 3 order by 1")
                .params(params)
                .query(Line.class)
                .list();
        List<Line> industries = jdbc.sql(reports + "select i.code as key, i.name_zh as name, i.name_en, " + COUNTS
                        + " from r cross join lateral (select distinct l.ancestor from unnest(r.industries) as u(code)"
                        + "   join industry_lineage l on l.code = u.code) a"
                        + " join industry i on i.code = a.ancestor and i.parent_code is null"
                        + " group by i.code, i.name_zh, i.name_en, i.sort_order order by i.sort_order")
                .params(params)
                .query(Line.class)
                .list();
        List<Line> channels = jdbc.sql(reports + "select r.channel as key, r.channel as name, r.channel as name_en, "
                        + COUNTS + " from r group by r.channel order by r.channel")
                .params(params)
                .query(Line.class)
                .list();
        return new Figures(year, total, regions, industries, channels);
    }

    /** A year's total of a scope alone (the dashboard's line). */
    Line total(Scope scope, int year) {
        Map<String, Object> params = new HashMap<>();
        return total(reports(scope, year, params), params);
    }

    private Line total(String reports, Map<String, Object> params) {
        return jdbc.sql(reports + "select 'TOTAL' as key, '' as name, '' as name_en, " + COUNTS + " from r")
                .params(params)
                .query(Line.class)
                .single();
    }

    /** The year's reports of the scope as a table expression ({@code r}); fills in its parameters. */
    private String reports(Scope scope, int year, Map<String, Object> params) {
        RollUpWhere where = RollUpWhere.of(scope, null, null);
        ZoneId zone = clock.getZone();
        params.putAll(where.params());
        params.put("from", FigureYears.start(year, zone));
        params.put("to", FigureYears.start(year + 1, zone));
        params.put("today", LocalDate.now(clock));
        params.put("zone", zone.getId());
        return "with r as (select p.*, k.region_code, k.industries from public_report p"
                + " join enterprise_key k on k.enterprise_id = p.enterprise_id"
                + " where p.received_at >= :from and p.received_at < :to and " + where.sql() + ") ";
    }

    /** The length of the codes of the regions right under the scope's (provinces for the whole country). */
    private static int childLength(Scope scope) {
        String code = scope.regionCode();
        if (code == null) {
            return 2;
        }
        return switch (code.length()) {
            case 2 -> 4;
            case 4 -> 6;
            case 6 -> 9;
            default -> 12;
        };
    }
}
