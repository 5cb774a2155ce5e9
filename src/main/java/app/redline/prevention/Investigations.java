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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Instant now = Instant.now(clock);
        ZoneId zone = clock.getZone();
        List<Due> due = new ArrayList<>();
        waiting(user, now, """
                        select t.id, t.enterprise_id, t.unit_id, u.name, t.content, m.description, t.cycle, t.post
                        from investigation_task t
                        join windows w on w.cycle = t.cycle
                        join risk_unit u on u.id = t.unit_id
                        join control_measure m on m.id = t.measure_id
                        where %s
                        order by w.window_end, t.id
                        limit %d""".formatted(WAITING, SHOWN)).query(rs -> {
            TaskCycle cycle = TaskCycle.valueOf(rs.getString(7));
            due.add(new Due(
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
        return due;
    }

    /** How many tasks wait for the user now (the header's count): counted in SQL, however many. */
    public long countFor(SignedInUser user) {
        return waiting(user, Instant.now(clock), """
                        select count(*) from investigation_task t join windows w on w.cycle = t.cycle
                        where %s""".formatted(WAITING))
                .query(Long.class)
                .single();
    }

    /**
     * A task waits for the user when it is theirs (named, or of a post in a manager's enterprise) and
     * its current window (from {@code windows}: each cycle's window open now) has no record yet.
     */
    private static final String WAITING = """
            t.active and (t.assignee_id = :user or (:manager and t.assignee_id is null and t.enterprise_id = :unit))
            and not exists (select 1 from investigation_record r where r.task_id = t.id and r.slot_start = w.window_start)""";

    /** The statement with the current window of each cycle before it ({@code windows}) and the user's parameters. */
    private JdbcClient.StatementSpec waiting(SignedInUser user, Instant now, String select) {
        StringBuilder windows = new StringBuilder("with windows (cycle, window_start, window_end) as (values ");
        Map<String, Object> params = new HashMap<>();
        for (TaskCycle cycle : TaskCycle.values()) {
            TaskWindow window = TaskWindow.at(cycle, now, clock.getZone());
            if (cycle.ordinal() > 0) {
                windows.append(", ");
            }
            windows.append("('")
                    .append(cycle.name())
                    .append("', cast(:start_")
                    .append(cycle.ordinal())
                    .append(" as timestamptz), cast(:end_")
                    .append(cycle.ordinal())
                    .append(" as timestamptz))");
            params.put("start_" + cycle.ordinal(), Timestamp.from(window.start()));
            params.put("end_" + cycle.ordinal(), Timestamp.from(window.end()));
        }
        params.put("user", user.id());
        params.put("manager", user.hasRole(Role.ENTERPRISE_MANAGER));
        params.put("unit", user.unitId());
        return jdbc.sql(windows.append(") ").append(select).toString()).params(params);
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
