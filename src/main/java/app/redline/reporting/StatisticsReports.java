package app.redline.reporting;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.hazard.HazardFigures;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's statistics table of a period (事故隐患排查治理情况统计分析表, Order No. 16, Art.
 * 14): drawn from its hazards while unsigned; signed by its principal (主要负责人), with remarks and
 * the rectification funds spent, which submits it to the supervising departments and keeps it as it
 * was signed (its content hash shows that it still is). One per enterprise and period; anyone whose
 * scope holds the enterprise reads it.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class StatisticsReports {

    /** The longest description a table's line of a major hazard keeps. */
    static final int DESCRIPTION = 500;

    /** A table: the enterprise, the period, its figures and major hazards, and how it was signed (or null). */
    public record Table(
            EnterpriseRow enterprise,
            String enterpriseName,
            ReportPeriod period,
            HazardFigures.Figures figures,
            List<HazardFigures.MajorLine> majors,
            LocalDate deadline,
            Signed signed) {}

    /** How a table was signed: funds and remarks, by whom and when, on time or late, its hash and whether it still matches. */
    public record Signed(
            long id,
            BigDecimal funds,
            String remarks,
            String signedBy,
            Instant signedAt,
            boolean late,
            String hash,
            boolean intact) {}

    /** A period of an enterprise's own list: due when, signed when (or not), late or not. */
    public record PeriodStatus(ReportPeriod period, LocalDate deadline, Instant signedAt, boolean late) {

        public boolean submitted() {
            return signedAt != null;
        }

        public boolean overdue(LocalDate today) {
            return !submitted() && today.isAfter(deadline);
        }
    }

    private final OrganizationService organization;
    private final HazardFigures figures;
    private final ReportingSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The table of an enterprise in the scope ("not found" outside it): as signed, or as its hazards say today. */
    public Table table(Scope scope, long enterpriseId, ReportPeriod period) {
        EnterpriseRow enterprise = organization.enterprise(scope, enterpriseId);
        LocalDate deadline = settings.deadline(period);
        Optional<Table> signed = jdbc.sql(
                        "select * from statistics_report where enterprise_id = :e and year = :y and quarter = :q")
                .param("e", enterpriseId)
                .param("y", period.year())
                .param("q", period.quarter())
                .query((rs, n) -> stored(rs, enterprise, period))
                .optional();
        return signed.orElseGet(() -> new Table(
                enterprise,
                enterprise.name(),
                period,
                figures.of(enterpriseId, period.from(), period.to()),
                figures.majors(enterpriseId, period.from(), period.to()),
                deadline,
                null));
    }

    /** Whether the user signs the enterprise's tables: a principal of that enterprise. */
    public static boolean maySign(SignedInUser user, long enterpriseId) {
        return user.hasRole(Role.PRINCIPAL) && Long.valueOf(enterpriseId).equals(user.unitId());
    }

    /** Refuses (403) anyone but the enterprise's principal, before a form is read; outside the scope, "not found". */
    void requireSigner(SignedInUser user, Scope scope, long enterpriseId) {
        organization.enterprise(scope, enterpriseId);
        if (!maySign(user, enterpriseId)) {
            throw new AccessDeniedException("Only the enterprise's principal signs its statistics tables");
        }
    }

    /**
     * Signs and submits the table of an ended period, with the figures its hazards give now; a
     * second signature (another tab) is refused and changes nothing.
     */
    @Transactional
    public void sign(SignedInUser user, Scope scope, long enterpriseId, ReportPeriod period, SignForm form) {
        requireSigner(user, scope, enterpriseId);
        LocalDate today = today();
        if (!period.endedBy(today)) {
            throw new StatisticsRefused("statistics.notEnded");
        }
        EnterpriseRow enterprise = organization.enterprise(scope, enterpriseId);
        String remarks = form.getRemarks() == null || form.getRemarks().isBlank()
                ? null
                : form.getRemarks().strip();
        boolean signed = record(
                enterpriseId,
                enterprise.name(),
                period,
                form.getFunds(),
                remarks,
                user.id(),
                user.displayName(),
                Instant.now(clock));
        if (!signed) {
            throw new StatisticsRefused("statistics.signedAlready");
        }
    }

    /**
     * Writes the table of an enterprise and period as its hazards give it now, signed by the user at
     * the instant; false when it was signed already (nothing is written then).
     */
    @Transactional
    boolean record(
            long enterpriseId,
            String enterpriseName,
            ReportPeriod period,
            BigDecimal funds,
            String remarks,
            long userId,
            String userName,
            Instant at) {
        HazardFigures.Figures f = figures.of(enterpriseId, period.from(), period.to());
        List<HazardFigures.MajorLine> majors = figures.majors(enterpriseId, period.from(), period.to()).stream()
                .map(m -> new HazardFigures.MajorLine(
                        m.hazardId(), clip(m.description()), m.reportedOn(), m.state(), m.listed(), m.closedOn()))
                .toList();
        LocalDate deadline = settings.deadline(period);
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        String hash = StatisticsHash.of(enterpriseId, enterpriseName, period, f, majors, funds, remarks, userName, now);
        Optional<Long> id = jdbc.sql("""
                        insert into statistics_report (enterprise_id, year, quarter, enterprise_name, found_general,
                            found_major, self_found, department_found, rectified_general, rectified_major,
                            rectified_of_found, open_general, open_major, overdue, listed, funds, remarks, signed_by,
                            signed_by_name, signed_at, deadline, late, content_hash)
                        values (:e, :y, :q, :name, :f0, :f1, :f2, :f3, :f4, :f5, :f6, :f7, :f8, :f9, :f10, :funds,
                            :remarks, :user, :userName, :at, :deadline, :late, :hash)
                        on conflict (enterprise_id, year, quarter) do nothing
                        returning id""")
                .param("e", enterpriseId)
                .param("y", period.year())
                .param("q", period.quarter())
                .param("name", enterpriseName)
                .params(FigureParams.of(f.inOrder()))
                .param("funds", funds)
                .param("remarks", remarks)
                .param("user", userId)
                .param("userName", userName)
                .param("at", Timestamp.from(now))
                .param("deadline", deadline)
                .param("late", LocalDate.ofInstant(now, clock.getZone()).isAfter(deadline))
                .param("hash", hash)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return false;
        }
        for (int line = 0; line < majors.size(); line++) {
            HazardFigures.MajorLine m = majors.get(line);
            jdbc.sql("insert into statistics_report_major (report_id, line, hazard_id, description, reported_on,"
                            + " state, listed, closed_on) values (:r, :line, :h, :d, :on, :state, :listed, :closed)")
                    .param("r", id.get())
                    .param("line", line + 1)
                    .param("h", m.hazardId())
                    .param("d", m.description())
                    .param("on", m.reportedOn())
                    .param("state", m.state())
                    .param("listed", m.listed())
                    .param("closed", m.closedOn())
                    .update();
        }
        return true;
    }

    /** The enterprise's recent periods, the newest first, with what it did about each. */
    public List<PeriodStatus> periodsOf(long enterpriseId) {
        List<ReportPeriod> periods = ReportPeriod.recent(today(), 4);
        Map<String, Object[]> signed = jdbc
                .sql("select year, quarter, signed_at, late from statistics_report"
                        + " where enterprise_id = :e and year >= :from")
                .param("e", enterpriseId)
                .param("from", periods.get(periods.size() - 1).year())
                .query((rs, n) -> new Object[] {
                    new ReportPeriod(rs.getInt(1), rs.getInt(2)).code(),
                    rs.getTimestamp(3).toInstant(),
                    rs.getBoolean(4)
                })
                .list()
                .stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> row));
        return periods.stream()
                .map(p -> {
                    Object[] row = signed.get(p.code());
                    return new PeriodStatus(
                            p,
                            settings.deadline(p),
                            row == null ? null : (Instant) row[1],
                            row != null && (boolean) row[2]);
                })
                .toList();
    }

    private Table stored(ResultSet rs, EnterpriseRow enterprise, ReportPeriod period) throws SQLException {
        long id = rs.getLong("id");
        HazardFigures.Figures f = new HazardFigures.Figures(
                rs.getInt("found_general"),
                rs.getInt("found_major"),
                rs.getInt("self_found"),
                rs.getInt("department_found"),
                rs.getInt("rectified_general"),
                rs.getInt("rectified_major"),
                rs.getInt("rectified_of_found"),
                rs.getInt("open_general"),
                rs.getInt("open_major"),
                rs.getInt("overdue"),
                rs.getInt("listed"));
        List<HazardFigures.MajorLine> majors = jdbc.sql("select hazard_id, description, reported_on, state, listed,"
                        + " closed_on from statistics_report_major where report_id = :r order by line")
                .param("r", id)
                .query((m, n) -> new HazardFigures.MajorLine(
                        m.getLong(1),
                        m.getString(2),
                        m.getObject(3, LocalDate.class),
                        m.getString(4),
                        m.getBoolean(5),
                        m.getObject(6, LocalDate.class)))
                .list();
        String name = rs.getString("enterprise_name");
        BigDecimal funds = rs.getBigDecimal("funds");
        String remarks = rs.getString("remarks");
        String signedBy = rs.getString("signed_by_name");
        Instant signedAt = rs.getTimestamp("signed_at").toInstant();
        String hash = rs.getString("content_hash");
        boolean intact = hash.equals(
                StatisticsHash.of(enterprise.id(), name, period, f, majors, funds, remarks, signedBy, signedAt));
        return new Table(
                enterprise,
                name,
                period,
                f,
                majors,
                rs.getObject("deadline", LocalDate.class),
                new Signed(id, funds, remarks, signedBy, signedAt, rs.getBoolean("late"), hash, intact));
    }

    private static String clip(String description) {
        return description.length() <= DESCRIPTION ? description : description.substring(0, DESCRIPTION - 1) + "…";
    }
}
