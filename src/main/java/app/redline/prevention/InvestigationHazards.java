package app.redline.prevention;

import app.redline.hazard.HazardRaisedFrom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A hazard reported from an investigation task ("hazard found") marks the task's slot as done with
 * a hazard, linked to it, in the report's own transaction. The slot must be the task's window open
 * now, of the hazard's enterprise; a slot recorded already keeps its record.
 */
@Component
@RequiredArgsConstructor
class InvestigationHazards {

    static final Pattern ORIGIN = Pattern.compile("investigation:(\\d{1,18}):(\\d{1,15})");

    /** The origin an investigation task's "hazard found" link gives the report. */
    static String origin(long taskId, TaskWindow window) {
        return "investigation:" + taskId + ":" + window.start().toEpochMilli();
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    @EventListener
    void on(HazardRaisedFrom raised) {
        Matcher m = ORIGIN.matcher(raised.origin());
        if (!m.matches()) {
            return;
        }
        long taskId = Long.parseLong(m.group(1));
        Instant slot = Instant.ofEpochMilli(Long.parseLong(m.group(2)));
        // Only whoever does the task marks it: its named person, or for a post a safety manager of the enterprise.
        TaskCycle cycle = jdbc.sql("""
                        select t.cycle from investigation_task t
                        where t.id = :id and t.enterprise_id = :e and t.active
                          and (t.assignee_id = :user or (t.assignee_id is null and exists (
                              select 1 from app_user u join user_role r on r.user_id = u.id
                              where u.id = :user and u.unit_id = t.enterprise_id and r.role = 'ENTERPRISE_MANAGER')))""")
                .param("id", taskId)
                .param("e", raised.enterpriseId())
                .param("user", raised.reporterId())
                .query(String.class)
                .optional()
                .map(TaskCycle::valueOf)
                .orElse(null);
        if (cycle == null) {
            return;
        }
        Instant now = Instant.now(clock);
        TaskWindow window = TaskWindow.at(cycle, now, clock.getZone());
        if (!window.start().equals(slot)) {
            return;
        }
        int inserted = jdbc.sql("""
                        insert into investigation_record
                            (task_id, enterprise_id, slot_start, slot_end, outcome, recorded_by, recorded_at, hazard_id)
                        values (:task, :enterprise, :start, :end, 'HAZARD', :user, :now, :hazard)
                        on conflict (task_id, slot_start) do nothing""")
                .param("task", taskId)
                .param("enterprise", raised.enterpriseId())
                .param("start", Timestamp.from(window.start()))
                .param("end", Timestamp.from(window.end()))
                .param("user", raised.reporterId())
                .param("now", Timestamp.from(now))
                .param("hazard", raised.hazardId())
                .update();
        if (inserted > 0) {
            jdbc.sql("select count(*) from (select investigation_count("
                            + "array[:enterprise], :day, array[0], array[0], array[1], array[0])) counted")
                    .param("enterprise", raised.enterpriseId())
                    .param("day", window.day(clock.getZone()))
                    .query(Long.class)
                    .single();
        }
    }
}
