package app.redline.reporting;

import app.redline.organization.OrganizationService;
import app.redline.organization.RegionLevel;
import app.redline.organization.RegionOption;
import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The roll-up's read model: a region's hazards of a quarter counted by sub-region and by industry
 * (the hazards of the quarter joined with their enterprises' keys), and the listings and
 * write-offs of the quarter from the hazards' events.
 */
@Component
@RequiredArgsConstructor
class RegionalFigures {

    private final OrganizationService organization;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** The sub-regions of a region, in tree order. */
    List<RegionOption> subRegions(String regionCode) {
        return organization.regionsManagedBy(Scope.region(regionCode)).stream()
                .filter(r -> r.depth() == 1)
                .toList();
    }

    /** The quarter's lines from the hazards: the total, each sub-region, each industry that has any. */
    List<RegionalReports.Line> lines(String regionCode, ReportPeriod period) {
        int length = RegionLevel.childLength(regionCode);
        Map<String, RegionalReports.Line> byRegion = new LinkedHashMap<>();
        if (length > 0) {
            for (RegionOption r : subRegions(regionCode)) {
                byRegion.put(r.code(), new RegionalReports.Line("REGION", r.code(), 0, 0, 0, 0, 0, 0, 0, 0));
            }
            figures(regionCode, period, "substr(k.region_code, 1, " + length + ")", "REGION")
                    .forEach(l -> byRegion.put(l.code(), l));
        }
        List<RegionalReports.Line> lines = new ArrayList<>();
        lines.addAll(figures(regionCode, period, "'TOTAL'", "TOTAL"));
        if (lines.isEmpty()) {
            lines.add(new RegionalReports.Line("TOTAL", "TOTAL", 0, 0, 0, 0, 0, 0, 0, 0));
        }
        lines.addAll(byRegion.values());
        lines.addAll(figures(regionCode, period, "unnest(k.industries)", "INDUSTRY"));
        return lines;
    }

    private List<RegionalReports.Line> figures(String regionCode, ReportPeriod period, String group, String kind) {
        RollUpWhere roll = RollUpWhere.of(Scope.region(regionCode), null, null);
        String keys = "(select enterprise_id, region_code, industries from enterprise_key where active and "
                + roll.sql() + ") k";
        Map<String, Object> params = new HashMap<>(roll.params());
        params.put("from", period.from());
        params.put("to", period.to());
        params.put(
                "fromAt",
                Timestamp.from(period.from().atStartOfDay(clock.getZone()).toInstant()));
        params.put(
                "toAt",
                Timestamp.from(
                        period.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        Map<String, int[]> events = new HashMap<>();
        jdbc.sql("select code, count(*) filter (where type = 'LISTED'), count(*) filter (where type = 'WRITTEN_OFF')"
                        + " from (select " + group + " as code, e.type from hazard_event e"
                        + " join hazard h on h.id = e.hazard_id join " + keys + " on k.enterprise_id = h.enterprise_id"
                        + " where e.type in ('LISTED', 'WRITTEN_OFF') and e.at >= :fromAt and e.at < :toAt) x"
                        + " group by code")
                .params(params)
                .query((rs, n) -> events.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)}))
                .list();
        return jdbc.sql("select code,"
                        + " count(*) filter (where grade = 'MAJOR' and reported_on >= :from),"
                        + " count(*) filter (where grade = 'MAJOR' and closed_on between :from and :to),"
                        + " count(*) filter (where reported_on >= :from and not self_found),"
                        + " count(*) filter (where reported_on >= :from and self_found),"
                        + " count(*) filter (where grade = 'GENERAL' and reported_on >= :from),"
                        + " count(*) filter (where grade = 'GENERAL' and closed_on between :from and :to)"
                        + " from (select " + group + " as code, h.grade, h.reported_on, h.closed_on, h.self_found"
                        + " from hazard h join " + keys + " on k.enterprise_id = h.enterprise_id"
                        + " where (h.reported_on between :from and :to or h.closed_on between :from and :to)) x"
                        + " group by code order by code")
                .params(params)
                .query((rs, n) -> {
                    int[] e = events.getOrDefault(rs.getString(1), new int[2]);
                    return new RegionalReports.Line(
                            kind,
                            rs.getString(1),
                            rs.getInt(2),
                            rs.getInt(3),
                            e[0],
                            e[1],
                            rs.getInt(4),
                            rs.getInt(5),
                            rs.getInt(6),
                            rs.getInt(7));
                })
                .list();
    }
}
