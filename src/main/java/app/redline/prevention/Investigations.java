package app.redline.prevention;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investigation tasks as their people do them: the ones due now in a user's work (named for them,
 * or of a post of their enterprise when they are its safety manager), and a slot recorded as
 * "normal" once, by whoever may do it, while its window is open.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Investigations {

    /** At most this many tasks are listed in a user's work. */
    static final int SHOWN = 200;

    /** A task due now: its window, what to check, and where. */
    public record Due(
            Long taskId,
            Long enterpriseId,
            Long unitId,
            String unitName,
            String content,
            String measure,
            TaskCycle cycle,
            String post,
            TaskWindow window) {

        /** What "hazard found" gives the hazard report, so the report marks this slot. */
        public String origin() {
            return InvestigationHazards.origin(taskId, window);
        }
    }

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Clock clock;

    /** The tasks waiting for the user in their current windows, the soonest to close first. */
    public List<Due> dueFor(SignedInUser user) {
        boolean manager = user.hasRole(Role.ENTERPRISE_MANAGER);
        List<Due> candidates = new ArrayList<>();
        Instant now = Instant.now(clock);
        ZoneId zone = clock.getZone();
        jdbc.sql("""
                        select t.id, t.enterprise_id, t.unit_id, u.name, t.content, m.description, t.cycle, t.post
                        from investigation_task t
                        join risk_unit u on u.id = t.unit_id
                        join control_measure m on m.id = t.measure_id
                        where t.active and (t.assignee_id = :user
                              or (:manager and t.assignee_id is null and t.enterprise_id = :unit))
                        order by t.id
                        limit 2000""")
                .param("user", user.id())
                .param("manager", manager)
                .param("unit", user.unitId())
                .query(rs -> {
                    TaskCycle cycle = TaskCycle.valueOf(rs.getString(7));
                    candidates.add(new Due(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            cycle,
                            rs.getString(8),
                            TaskWindow.at(cycle, now, zone)));
                });
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<String> recorded = new HashSet<>();
        Instant earliest = candidates.stream()
                .map(d -> d.window().start())
                .min(Instant::compareTo)
                .orElseThrow();
        jdbc.sql("select task_id, slot_start from investigation_record where task_id = any(:ids)"
                        + " and slot_start >= :earliest")
                .param("ids", candidates.stream().map(Due::taskId).toArray(Long[]::new))
                .param("earliest", Timestamp.from(earliest))
                .query(rs -> {
                    recorded.add(rs.getLong(1) + "@" + rs.getTimestamp(2).toInstant());
                });
        return candidates.stream()
                .filter(d -> !recorded.contains(d.taskId() + "@" + d.window().start()))
                .sorted(java.util.Comparator.comparing((Due d) -> d.window().end())
                        .thenComparing(Due::taskId))
                .limit(SHOWN)
                .toList();
    }

    /** How many tasks wait for the user now (the header's count). */
    public long countFor(SignedInUser user) {
        return dueFor(user).size();
    }

    /**
     * Records the task's current window as "normal". The window is the one open now: a slot whose
     * window has passed is refused, a slot recorded already is left as it is (a second tap).
     * Returns whether this call recorded it.
     */
    @Transactional
    public boolean recordNormal(SignedInUser user, Scope scope, long taskId, Instant slotStart) {
        Task task = task(scope, taskId);
        if (!mayDo(user, task)) {
            throw new AccessDeniedException("Not this user's investigation task");
        }
        TaskWindow window = TaskWindow.at(task.cycle(), Instant.now(clock), clock.getZone());
        if (!window.start().equals(slotStart)) {
            throw new FieldProblem(null, "investigation.window.passed");
        }
        int inserted = jdbc.sql("""
                        insert into investigation_record
                            (task_id, enterprise_id, slot_start, slot_end, outcome, recorded_by, recorded_at)
                        values (:task, :enterprise, :start, :end, 'NORMAL', :user, :now)
                        on conflict (task_id, slot_start) do nothing""")
                .param("task", taskId)
                .param("enterprise", task.enterpriseId())
                .param("start", Timestamp.from(window.start()))
                .param("end", Timestamp.from(window.end()))
                .param("user", user.id())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        if (inserted == 0) {
            return false;
        }
        jdbc.sql("select count(*) from (select investigation_count("
                        + "array[:enterprise], :day, array[0], array[1], array[0], array[0])) counted")
                .param("enterprise", task.enterpriseId())
                .param("day", window.day(clock.getZone()))
                .query(Long.class)
                .single();
        return true;
    }

    private record Task(Long id, Long enterpriseId, TaskCycle cycle, Long assigneeId, boolean active) {}

    /** A task of an enterprise the scope holds; any other is "not found". */
    private Task task(Scope scope, long taskId) {
        Task task = jdbc.sql(
                        "select id, enterprise_id, cycle, assignee_id, active from investigation_task where id = :id")
                .param("id", taskId)
                .query((rs, n) -> new Task(
                        rs.getLong(1),
                        rs.getLong(2),
                        TaskCycle.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4),
                        rs.getBoolean(5)))
                .optional()
                .filter(Task::active)
                .orElseThrow(() -> new InvestigationTaskNotFoundException(taskId));
        if (organization.covered(scope, List.of(task.enterpriseId())).isEmpty()) {
            throw new InvestigationTaskNotFoundException(taskId);
        }
        return task;
    }

    /** The named person does a task; a task of a post is done by the enterprise's safety managers. */
    private static boolean mayDo(SignedInUser user, Task task) {
        if (task.assigneeId() != null) {
            return task.assigneeId().equals(user.id());
        }
        return user.hasRole(Role.ENTERPRISE_MANAGER) && task.enterpriseId().equals(user.unitId());
    }
}
