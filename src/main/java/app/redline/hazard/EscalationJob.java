package app.redline.hazard;

import app.redline.system.JobLock;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Runs the escalation every day at {@code redline.escalation.cron} (07:00 by default, in the
 * installation's time zone) on one instance at a time, and at start-up when a run was missed while
 * the application was down. Each finished day is written to {@code escalation_run}.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class EscalationJob {

    static final String LOCK = "hazard-escalation";

    private final HazardEscalation escalation;
    private final EscalationSettings settings;
    private final JobLock lock;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Scheduled(cron = "${redline.escalation.cron:0 0 7 * * *}", zone = "${redline.time-zone:Asia/Shanghai}")
    void daily() {
        if (settings.enabled()) {
            run(clock, SCHEDULED_AT_LEAST);
        }
    }

    /** After a start: if the last scheduled run was missed, run now (in the background). */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (settings.enabled() && missed(clock)) {
            Thread thread = new Thread(() -> run(clock), "escalation-catch-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Whether a scheduled run fell between the last finished run and now (or there never was one). */
    boolean missed(Clock clock) {
        Optional<Instant> last = jdbc.sql("select max(finished_at) from escalation_run")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
        if (last.isEmpty()) {
            return true;
        }
        ZonedDateTime next =
                CronExpression.parse(settings.cron()).next(last.get().atZone(clock.getZone()));
        return next != null && !next.toInstant().isAfter(Instant.now(clock));
    }

    /** Runs the escalation as of the clock's day, unless another instance is running it. */
    Optional<HazardEscalation.Result> run(Clock clock) {
        return run(clock, Duration.ZERO);
    }

    /**
     * A scheduled run keeps the lock this long: every instance's scheduler fires at 07:00, and the
     * ones a moment late must find the run taken even when it took a second.
     */
    static final Duration SCHEDULED_AT_LEAST = Duration.ofMinutes(5);

    private Optional<HazardEscalation.Result> run(Clock clock, Duration atLeast) {
        LocalDate today = LocalDate.now(clock);
        AtomicReference<HazardEscalation.Result> result = new AtomicReference<>();
        lock.runExclusively(LOCK, Duration.ofHours(2), atLeast, () -> {
            HazardEscalation.Result done = escalation.escalate(today, Instant.now(clock));
            jdbc.sql(
                            "insert into escalation_run (day, finished_at, hazards, steps) values (:day, :at, :hazards, :steps)"
                                    + " on conflict (day) do update set finished_at = excluded.finished_at,"
                                    + " hazards = escalation_run.hazards + excluded.hazards,"
                                    + " steps = escalation_run.steps + excluded.steps")
                    .param("day", today)
                    .param("at", Timestamp.from(Instant.now(clock)))
                    .param("hazards", done.hazards())
                    .param("steps", done.steps())
                    .update();
            log.info("Escalation of {}: {} hazards looked at, {} steps sent", today, done.hazards(), done.steps());
            result.set(done);
        });
        return Optional.ofNullable(result.get());
    }
}
