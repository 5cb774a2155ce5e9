package app.redline.reporting;

import app.redline.system.JobLock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Urges late statistics tables every morning on one instance (a row in {@code job_lock}): for the
 * recent periods whose deadline has passed, every enterprise that has not submitted hears of it the
 * day after the deadline and then every {@code redline.reporting.urge-every-days} days.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class StatisticsUrgeJob {

    static final String LOCK = "statistics-urge";

    private final Submissions submissions;
    private final ReportingSettings settings;
    private final JobLock lock;
    private final Clock clock;

    @Scheduled(cron = "${redline.reporting.urge-cron:0 0 8 * * *}", zone = "${redline.time-zone:Asia/Shanghai}")
    void scheduled() {
        if (settings.urgeEnabled()) {
            run(LocalDate.now(clock));
        }
    }

    void run(LocalDate today) {
        lock.runExclusively(LOCK, Duration.ofMinutes(30), Duration.ofMinutes(5), () -> {
            for (ReportPeriod period : ReportPeriod.recent(today, 4)) {
                int urged = submissions.urgeLate(period, today);
                if (urged > 0) {
                    log.info("Urged {} enterprises to submit the statistics table of {}", urged, period.code());
                }
            }
        });
    }
}
