package app.redline.accident;

import app.redline.system.Seeds;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Duty rosters and a past accident for a demo installation: the roster around today, and an
 * accident with its first report and a late upward report, known by its summary so that a second
 * start adds nothing.
 */
@Seeds
@Component
@RequiredArgsConstructor
public class AccidentSeeds {

    private final JdbcClient jdbc;
    private final AccidentRepository accidents;
    private final AccidentReportRepository reports;
    private final AccidentCalls calls;
    private final ReportTimes times;
    private final app.redline.organization.OrganizationService organization;
    private final Clock clock;

    /** Puts the person on duty (as leader or staff) every day from a month ago to two months ahead. */
    public void roster(Long unitId, Long userId, boolean leader, String phone) {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("insert into duty_shift (unit_id, day, role, user_id, phone, created_by, created_at)"
                        + " select :unit, d::date, :role, :user, :phone, :user, now()"
                        + " from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d"
                        + " on conflict (unit_id, day, user_id) do nothing")
                .param("unit", unitId)
                .param("role", leader ? "LEADER" : "STAFF")
                .param("user", userId)
                .param("phone", phone)
                .param("from", today.minusDays(30))
                .param("to", today.plusDays(60))
                .update();
    }

    /**
     * A past accident: what happened, reported by the department some minutes after it and passed
     * up some minutes after that (late when over the limit). Known by its summary: a second start
     * adds nothing.
     */
    public record Past(
            Long enterpriseId,
            int daysAgo,
            LocalTime at,
            String place,
            AccidentType type,
            String summary,
            Casualties casualties,
            int reportedAfterMinutes,
            String firstReport,
            int passedUpAfterMinutes,
            String upwardReport) {}

    /** Records the accident (unless it is there) by the inspector for the department: its id. */
    public Long past(Past past, Long inspectorId, Long departmentId) {
        Long existing = jdbc.sql("select id from accident where summary = :s and enterprise_id = :e")
                .param("s", past.summary())
                .param("e", past.enterpriseId())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        ZoneId zone = clock.getZone();
        Instant occurred = LocalDate.now(clock)
                .minusDays(past.daysAgo())
                .atTime(past.at())
                .atZone(zone)
                .toInstant();
        Instant reported = occurred.plus(past.reportedAfterMinutes(), ChronoUnit.MINUTES);
        Accident accident = accidents.saveAndFlush(Accident.at(
                organization.enterpriseRows(Set.of(past.enterpriseId())).get(past.enterpriseId()),
                new AccidentForm.Facts(occurred, past.place(), past.type(), past.summary(), past.casualties()),
                inspectorId,
                reported.plus(5, ChronoUnit.MINUTES)));
        AccidentReport first = reports.saveAndFlush(new AccidentReport(
                accident.getId(),
                AccidentReport.Kind.INITIAL,
                departmentId,
                reported,
                past.casualties(),
                past.firstReport(),
                times.firstDue(occurred),
                inspectorId,
                reported.plus(5, ChronoUnit.MINUTES)));
        calls.record(accident, first.getId(), LocalDate.ofInstant(occurred, zone));
        Instant upward = reported.plus(past.passedUpAfterMinutes(), ChronoUnit.MINUTES);
        reports.saveAndFlush(new AccidentReport(
                accident.getId(),
                AccidentReport.Kind.UPWARD,
                departmentId,
                upward,
                past.casualties(),
                past.upwardReport(),
                times.passedUpFrom(reported),
                inspectorId,
                upward));
        jdbc.sql("update accident set last_report_at = :at where id = :id")
                .param("at", Timestamp.from(upward))
                .param("id", accident.getId())
                .update();
        return accident.getId();
    }

    /** Links the accident to the campaign launched from it (举一反三), found by its title. */
    public void launched(Long accidentId, String campaignTitle) {
        jdbc.sql("insert into accident_campaign (accident_id, campaign_id) select :a, id from campaign"
                        + " where title = :t on conflict do nothing")
                .param("a", accidentId)
                .param("t", campaignTitle)
                .update();
    }

    /** Someone held to account for the accident some days ago (once however often the demo starts). */
    public void heldToAccount(
            Long accidentId,
            boolean person,
            String name,
            String position,
            Long unitId,
            String duty,
            String measure,
            String basis,
            String decidedBy,
            int daysAgo,
            Long recordedBy) {
        jdbc.sql("insert into accountability (accident_id, subject_kind, subject_name, position, subject_unit_id, duty,"
                        + " measure, basis, decided_by, decided_on, recorded_by, recorded_at)"
                        + " select :a, :kind, :name, :position, :unit, :duty, :measure, :basis, :by, :on, :user, now()"
                        + " where not exists (select 1 from accountability where accident_id = :a and subject_name = :name"
                        + " and measure = :measure)")
                .param("a", accidentId)
                .param("kind", person ? "PERSON" : "UNIT")
                .param("name", name)
                .param("position", position)
                .param("unit", unitId)
                .param("duty", duty)
                .param("measure", measure)
                .param("basis", basis)
                .param("by", decidedBy)
                .param("on", LocalDate.now(clock).minusDays(daysAgo))
                .param("user", recordedBy)
                .update();
    }
}
