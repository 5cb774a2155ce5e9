package app.redline.prevention;

import app.redline.system.JobLock;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens and closes the windows of the investigation tasks: as a window opens, each active task of its
 * cycle is counted as due in it (a task added later is counted when it is added, see {@link
 * #countDueNow}); as it closes, a task without a record for it gets a "missed" one. Both count on
 * the day the window closes. Runs every few minutes and after a start, once across instances, from
 * where the last run stopped — so the windows that opened or ended while no instance ran are counted
 * too (at most a year back). Slots are not stored until something happens to them: only counters.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class InvestigationSchedule {

    static final String LOCK = "investigation-schedule";

    /** How far back a first run or a catch-up reaches. */
    static final Duration AT_MOST_BACK = Duration.ofDays(366);

    private final JdbcClient jdbc;
    private final JobLock lock;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Scheduled(
            fixedDelayString = "${redline.investigations.close-interval:5m}",
            initialDelayString = "${redline.investigations.close-interval:5m}")
    void scheduled() {
        close(Instant.now(clock));
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        close(Instant.now(clock));
    }

    /**
     * Counts new tasks as due in the windows of their cycles open now (they were not there when
     * those windows opened); in the caller's transaction.
     */
    void countDueNow(List<InvestigationTask> added) {
        Instant now = Instant.now(clock);
        ZoneId zone = clock.getZone();
        record EnterpriseDay(Long enterpriseId, LocalDate day) {}
        Map<EnterpriseDay, Integer> byDay = new java.util.HashMap<>();
        for (InvestigationTask task : added) {
            LocalDate day = TaskWindow.at(task.getCycle(), now, zone).day(zone);
            byDay.merge(new EnterpriseDay(task.getEnterpriseId(), day), 1, Integer::sum);
        }
        byDay.forEach((key, n) -> jdbc.sql("select count(*) from (select investigation_count("
                        + "array[:enterprise], :day, array[:n], array[0], array[0], array[0])) counted")
                .param("enterprise", key.enterpriseId())
                .param("day", key.day())
                .param("n", n)
                .query(Long.class)
                .single());
    }

    /** The result of one run: the windows opened or closed, the slots due and the ones missed. */
    record Closed(int windows, long due, long missed) {}

    /** Closes every window that ended up to {@code now}, unless another instance is doing it. */
    Closed close(Instant now) {
        Closed[] result = {new Closed(0, 0, 0)};
        long started = System.nanoTime();
        lock.runExclusively(LOCK, Duration.ofMinutes(30), () -> result[0] = transactions.execute(tx -> closeUpTo(now)));
        if (result[0].windows() > 0) {
            log.info(
                    "Opened or closed {} investigation windows in {} ms: {} slots due, {} missed",
                    result[0].windows(),
                    (System.nanoTime() - started) / 1_000_000,
                    result[0].due(),
                    result[0].missed());
        }
        return result[0];
    }

    private Closed closeUpTo(Instant now) {
        Instant from = jdbc.sql("select closed_until from investigation_schedule where id = 1 for update")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(null);
        if (from == null) {
            // The first run: windows are counted from now on.
            jdbc.sql("insert into investigation_schedule (id, closed_until) values (1, :now) on conflict do nothing")
                    .param("now", Timestamp.from(now))
                    .update();
            return new Closed(0, 0, 0);
        }
        if (!now.isAfter(from)) {
            return new Closed(0, 0, 0);
        }
        if (from.isBefore(now.minus(AT_MOST_BACK))) {
            from = now.minus(AT_MOST_BACK);
        }
        ZoneId zone = clock.getZone();
        int windows = 0;
        long due = 0;
        long missed = 0;
        for (TaskCycle cycle : TaskCycle.values()) {
            for (TaskWindow window : TaskWindow.startingBetween(cycle, from, now, zone)) {
                windows++;
                due += count(cycle, window, "due", """
                        counts as (select enterprise_id, count(*) as n from investigation_task
                        where active and cycle = :cycle and created_at < :start group by enterprise_id)""", now);
            }
            List<TaskWindow> ended = TaskWindow.endingBetween(cycle, from, now, zone);
            for (TaskWindow window : ended) {
                windows++;
                missed += count(cycle, window, "missed", """
                        missed as (
                            insert into investigation_record (task_id, enterprise_id, slot_start, slot_end, outcome, recorded_at)
                            select t.id, t.enterprise_id, :start, :end, 'MISSED', :now
                            from investigation_task t
                            where t.active and t.cycle = :cycle and t.created_at < :end
                              and not exists (select 1 from investigation_record r
                                              where r.task_id = t.id and r.slot_start = :start)
                            on conflict (task_id, slot_start) do nothing
                            returning enterprise_id),
                        counts as (select enterprise_id, count(*) as n from missed group by enterprise_id)""", now);
            }
        }
        jdbc.sql("update investigation_schedule set closed_until = :now where id = 1")
                .param("now", Timestamp.from(now))
                .update();
        return new Closed(windows, due, missed);
    }

    /**
     * Adds one count per enterprise, from the CTE {@code counts} (enterprise_id, n) that {@code ctes}
     * ends with, to the window's day in the column named (in investigation_day and its roll-up);
     * returns the total.
     */
    private long count(TaskCycle cycle, TaskWindow window, String column, String ctes, Instant now) {
        String zeros = "array_fill(0, array[cardinality(agg.e)])";
        String n = "agg.n";
        String counts = column.equals("due")
                ? String.join(", ", n, zeros, zeros, zeros)
                : String.join(", ", zeros, zeros, zeros, n);
        return jdbc.sql("with " + ctes + ", agg as (select coalesce(array_agg(enterprise_id), '{}') as e,"
                        + " coalesce(array_agg(n::integer), '{}') as n from counts)"
                        + " select investigation_count(agg.e, :day, " + counts + ")::text,"
                        + " (select coalesce(sum(x), 0) from unnest(agg.n) x) from agg")
                .param("cycle", cycle.name())
                .param("start", Timestamp.from(window.start()))
                .param("end", Timestamp.from(window.end()))
                .param("now", Timestamp.from(now))
                .param("day", window.day(clock.getZone()))
                .query((rs, row) -> rs.getLong(2))
                .single();
    }
}
