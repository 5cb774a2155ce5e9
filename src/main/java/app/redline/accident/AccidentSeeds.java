package app.redline.accident;

import app.redline.system.Seeds;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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
    private final AccidentSettings settings;
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
     * A machinery accident at an enterprise some days ago (one serious and two minor injuries),
     * reported by the inspector's department 40 minutes after it and passed up three hours later
     * (late). Its id.
     */
    public Long pastAccident(Long enterpriseId, Long inspectorId, Long departmentId, int daysAgo) {
        String summary = "冲压车间工人清理模具时设备意外启动，右手被压伤；另有两人在撤离时擦伤。";
        Long existing = jdbc.sql("select id from accident where summary = :s and enterprise_id = :e")
                .param("s", summary)
                .param("e", enterpriseId)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        ZoneId zone = clock.getZone();
        Instant occurred = LocalDate.now(clock)
                .minusDays(daysAgo)
                .atTime(LocalTime.of(14, 20))
                .atZone(zone)
                .toInstant();
        Map<String, Object> key = jdbc.sql(
                        "select region_code, industries from enterprise_key where enterprise_id = :e")
                .param("e", enterpriseId)
                .query()
                .singleRow();
        String[] industries;
        try {
            industries = (String[]) ((java.sql.Array) key.get("industries")).getArray();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Casualties casualties = new Casualties(0, 1, 2, new BigDecimal("18.50"));
        Accident accident = accidents.saveAndFlush(new Accident(
                enterpriseId,
                (String) key.get("region_code"),
                industries,
                new AccidentForm.Facts(occurred, "冲压车间 3 号压力机", AccidentType.MACHINERY, summary, casualties),
                inspectorId,
                occurred.plus(45, ChronoUnit.MINUTES)));
        AccidentReport first = reports.saveAndFlush(new AccidentReport(
                accident.getId(),
                AccidentReport.Kind.INITIAL,
                departmentId,
                occurred.plus(40, ChronoUnit.MINUTES),
                casualties,
                "企业安全员电话报告：一人右手压伤送医，两人轻微擦伤，设备已断电挂牌。",
                occurred.plus(settings.firstReportWithin()),
                inspectorId,
                occurred.plus(45, ChronoUnit.MINUTES)));
        calls.record(accident, first.getId(), LocalDate.ofInstant(occurred, zone));
        Instant upward = occurred.plus(40, ChronoUnit.MINUTES).plus(3, ChronoUnit.HOURS);
        AccidentReport passedUp = reports.saveAndFlush(new AccidentReport(
                accident.getId(),
                AccidentReport.Kind.UPWARD,
                departmentId,
                upward,
                casualties,
                "已书面报告市应急管理局。",
                occurred.plus(40, ChronoUnit.MINUTES).plus(settings.upwardReportWithin()),
                inspectorId,
                upward));
        jdbc.sql("update accident set last_report_at = :at where id = :id")
                .param("at", Timestamp.from(upward))
                .param("id", accident.getId())
                .update();
        return accident.getId();
    }
}
