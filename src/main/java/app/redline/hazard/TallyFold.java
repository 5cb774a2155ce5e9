package app.redline.hazard;

import app.redline.system.JobLock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the roll-ups' rows of +1 and -1 (of hazards and of campaign targets, migration V20) into one
 * row per key, on one instance at a time, so that they stay a few rows per region and industry
 * however many changes were made. The
 * figures are exact before and after a fold; it only keeps them small. Deadlines already past read
 * -infinity after it, so "today" is the same clock's as the figures'.
 */
@Component
@RequiredArgsConstructor
class TallyFold {

    static final String LOCK = "hazard-tally-fold";

    private final JdbcClient jdbc;
    private final JobLock lock;
    private final Clock clock;

    @Scheduled(
            fixedDelayString = "${redline.tallies.fold-interval:1m}",
            initialDelayString = "${redline.tallies.fold-interval:1m}")
    void scheduled() {
        lock.runExclusively(LOCK, Duration.ofMinutes(10), Duration.ofSeconds(30), this::fold);
    }

    void fold() {
        jdbc.sql("select hazard_tally_compact(:today), campaign_tally_compact(), enterprise_tally_compact(),"
                        + " statistics_tally_compact()")
                .param("today", LocalDate.now(clock))
                .query()
                .listOfRows();
    }
}
