package app.redline.reporting;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionLevel;
import app.redline.organization.RegionOption;
import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import app.redline.organization.UnitType;
import app.redline.system.Sha256;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A government's quarterly roll-up (区域隐患排查治理情况汇总表): its region's hazards of the quarter
 * by sub-region and by industry, drawn from the hazards while unsubmitted and kept as submitted by
 * one of its supervisors to the government one level up, which sees its sub-regions' submissions;
 * and the "dynamic zero" view — the region's open major hazards by the year they were found.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class RegionalReports {

    /** One line of the roll-up: the total, a sub-region or an industry (code), with its figures. */
    public record Line(
            String kind,
            String code,
            int majorFound,
            int majorRectified,
            int majorListed,
            int majorWrittenOff,
            int departmentFound,
            int selfFound,
            int generalFound,
            int generalRectified) {

        List<Integer> figures() {
            return List.of(
                    majorFound,
                    majorRectified,
                    majorListed,
                    majorWrittenOff,
                    departmentFound,
                    selfFound,
                    generalFound,
                    generalRectified);
        }
    }

    /** How a roll-up was submitted. */
    public record Submitted(String unitName, String by, Instant at, String hash, boolean intact) {}

    /** A roll-up: the region, the quarter, its lines, and how it was submitted (or null). */
    public record Rollup(String regionCode, ReportPeriod period, List<Line> lines, Submitted submitted) {}

    /** A sub-region's submission as the government above sees it. */
    public record Child(String regionCode, String unitName, Instant submittedAt) {}

    /** How many major hazards found in a year are still open. */
    public record ZeroYear(int year, long open) {}

    private final OrganizationService organization;
    private final RegionalFigures figures;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** Whether the user submits its region's roll-up: a supervisor of a government. */
    public boolean maySubmit(SignedInUser user) {
        return user.hasRole(Role.SUPERVISOR)
                && organization.unitType(user.unitId()).orElse(null) == UnitType.GOVERNMENT;
    }

    /** The region a government's people report for: its own (that of its scope). */
    public Optional<String> regionOf(SignedInUser user, Scope scope) {
        boolean government = organization.unitType(user.unitId()).orElse(null) == UnitType.GOVERNMENT;
        return government && scope.kind() == Scope.Kind.REGION ? Optional.of(scope.regionCode()) : Optional.empty();
    }

    /** The roll-up of a region the scope holds, as submitted or as the hazards say now. */
    public Rollup rollup(Scope scope, String regionCode, ReportPeriod period) {
        requireHeld(scope, regionCode);
        return submitted(regionCode, period)
                .orElseGet(() -> new Rollup(regionCode, period, figures.lines(regionCode, period), null));
    }

    /** Submits the region's roll-up of an ended quarter; a second submission is refused and changes nothing. */
    @Transactional
    public void submit(SignedInUser user, Scope scope, ReportPeriod period) {
        String region = regionOf(user, scope).orElseThrow(() -> new AccessDeniedException("Not a government"));
        if (!maySubmit(user)) {
            throw new AccessDeniedException("Only a government's supervisors submit its roll-up");
        }
        if (!period.endedBy(LocalDate.now(clock))) {
            throw new StatisticsRefused("statistics.notEnded");
        }
        List<Line> lines = figures.lines(region, period);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String hash = hash(region, period, lines, user.displayName(), now);
        Optional<Long> id = jdbc.sql("""
                        insert into regional_report (region_code, year, quarter, unit_id, unit_name, submitted_by,
                            submitted_by_name, submitted_at, content_hash)
                        values (:region, :y, :q, :unit, :unitName, :user, :userName, :at, :hash)
                        on conflict (region_code, year, quarter) do nothing returning id""")
                .param("region", region)
                .param("y", period.year())
                .param("q", period.quarter())
                .param("unit", user.unitId())
                .param("unitName", user.unitName())
                .param("user", user.id())
                .param("userName", user.displayName())
                .param("at", Timestamp.from(now))
                .param("hash", hash)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            throw new StatisticsRefused("regional.submittedAlready");
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            jdbc.sql(
                            "insert into regional_report_line (report_id, line, kind, code, major_found, major_rectified,"
                                    + " major_listed, major_written_off, department_found, self_found, general_found,"
                                    + " general_rectified) values (:r, :line, :kind, :code, :f0, :f1, :f2, :f3, :f4, :f5, :f6, :f7)")
                    .param("r", id.get())
                    .param("line", i + 1)
                    .param("kind", l.kind())
                    .param("code", l.code())
                    .params(FigureParams.of(l.figures()))
                    .update();
        }
    }

    /** The sub-regions of a region the scope holds, with their submission of the quarter (or none). */
    public List<Child> children(Scope scope, String regionCode, ReportPeriod period) {
        requireHeld(scope, regionCode);
        Map<String, Child> submitted = new HashMap<>();
        jdbc.sql(
                        "select region_code, unit_name, submitted_at from regional_report"
                                + " where year = :y and quarter = :q and region_code like :prefix and length(region_code) = :len")
                .param("y", period.year())
                .param("q", period.quarter())
                .param("prefix", regionCode + "%")
                .param("len", RegionLevel.childLength(regionCode))
                .query((rs, n) -> submitted.put(
                        rs.getString(1),
                        new Child(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getTimestamp(3).toInstant())))
                .list();
        List<Child> children = new ArrayList<>();
        for (RegionOption r : figures.subRegions(regionCode)) {
            children.add(submitted.getOrDefault(r.code(), new Child(r.code(), null, null)));
        }
        return children;
    }

    /** The "dynamic zero" view: the region's open major hazards by the year they were found, the oldest first. */
    public List<ZeroYear> openMajorsByYear(Scope scope, String regionCode) {
        requireHeld(scope, regionCode);
        RollUpWhere roll = RollUpWhere.of(Scope.region(regionCode), null, null);
        return jdbc.sql("select extract(year from h.reported_on)::int, count(*) from hazard h"
                        + " join (select enterprise_id from enterprise_key where active and " + roll.sql() + ") k"
                        + " on k.enterprise_id = h.enterprise_id"
                        + " where h.grade = 'MAJOR' and h.state <> 'CLOSED' group by 1 order by 1")
                .params(roll.params())
                .query((rs, n) -> new ZeroYear(rs.getInt(1), rs.getLong(2)))
                .list();
    }

    private void requireHeld(Scope scope, String regionCode) {
        boolean held = switch (scope.kind()) {
            case ALL -> true;
            case REGION -> regionCode.startsWith(scope.regionCode());
            default -> false;
        };
        if (!held) {
            throw new ReportNotFoundException(regionCode);
        }
    }

    private Optional<Rollup> submitted(String regionCode, ReportPeriod period) {
        return jdbc.sql("select id, unit_name, submitted_by_name, submitted_at, content_hash from regional_report"
                        + " where region_code = :region and year = :y and quarter = :q")
                .param("region", regionCode)
                .param("y", period.year())
                .param("q", period.quarter())
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    List<Line> lines = jdbc.sql("select kind, code, major_found, major_rectified, major_listed,"
                                    + " major_written_off, department_found, self_found, general_found,"
                                    + " general_rectified from regional_report_line where report_id = :r order by line")
                            .param("r", id)
                            .query((l, m) -> new Line(
                                    l.getString(1),
                                    l.getString(2),
                                    l.getInt(3),
                                    l.getInt(4),
                                    l.getInt(5),
                                    l.getInt(6),
                                    l.getInt(7),
                                    l.getInt(8),
                                    l.getInt(9),
                                    l.getInt(10)))
                            .list();
                    String by = rs.getString(3);
                    Instant at = rs.getTimestamp(4).toInstant();
                    String hash = rs.getString(5);
                    return new Rollup(
                            regionCode,
                            period,
                            lines,
                            new Submitted(
                                    rs.getString(2),
                                    by,
                                    at,
                                    hash,
                                    hash.equals(hash(regionCode, period, lines, by, at))));
                })
                .optional();
    }

    static String hash(String region, ReportPeriod period, List<Line> lines, String by, Instant at) {
        StringBuilder text =
                new StringBuilder(region).append('\n').append(period.code()).append('\n');
        lines.forEach(l -> text.append(l.kind())
                .append('|')
                .append(l.code())
                .append('|')
                .append(l.figures())
                .append('\n'));
        text.append(by).append('\n').append(at);
        return Sha256.hex(text);
    }
}
