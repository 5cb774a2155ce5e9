package app.redline.prevention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An enterprise's prevention work in a period, for a report that looks back (an accident's
 * trace-back): its risk units by level as they stand, the investigation tasks due, done and missed,
 * and the tasks missed most. The caller has checked that the user sees the enterprise.
 */
@Component
@RequiredArgsConstructor
public class PreventionHistory {

    public record Summary(int riskUnits, int red, int orange, int due, int done, int missed) {}

    public record MissedTask(String unitName, String content, int missed, Instant lastMissed) {}

    private final JdbcClient jdbc;

    public Summary summary(long enterpriseId, LocalDate from, LocalDate to) {
        return jdbc.sql("select (select count(*) from risk_unit where enterprise_id = :e) as risk_units,"
                        + " (select count(*) from risk_unit where enterprise_id = :e and level = 'RED') as red,"
                        + " (select count(*) from risk_unit where enterprise_id = :e and level = 'ORANGE') as orange,"
                        + " coalesce(sum(d.due), 0) as due, coalesce(sum(d.done), 0) as done,"
                        + " coalesce(sum(d.missed), 0) as missed"
                        + " from investigation_day d where d.enterprise_id = :e and d.day between :from and :to")
                .param("e", enterpriseId)
                .param("from", from)
                .param("to", to)
                .query(Summary.class)
                .single();
    }

    /** The tasks missed most between the two days (at most ten). */
    public List<MissedTask> missed(long enterpriseId, Instant from, Instant to) {
        return jdbc.sql("select u.name as unit_name, t.content, count(*) as missed, max(r.slot_end) as last_missed"
                        + " from investigation_record r join investigation_task t on t.id = r.task_id"
                        + " join risk_unit u on u.id = t.unit_id"
                        + " where r.enterprise_id = :e and r.outcome = 'MISSED' and r.slot_end between :from and :to"
                        + " group by u.name, t.content order by count(*) desc, max(r.slot_end) desc limit 10")
                .param("e", enterpriseId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(MissedTask.class)
                .list();
    }
}
