package app.redline.notification;

import app.redline.system.JobLock;
import java.time.Duration;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events whose listeners failed or never ran (the instance stopped between the
 * step's commit and its notification), on one instance at a time; listeners do their work once per
 * event however often it comes. Completed publications are kept a week, then removed.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class EventRedelivery {

    static final String LOCK = "event-redelivery";

    /** An event incomplete this long is taken for failed, not still on its way. */
    static final Duration STALE = Duration.ofMinutes(5);

    static final Duration KEPT = Duration.ofDays(7);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final JobLock lock;

    @Scheduled(
            fixedDelayString = "${redline.events.redelivery-interval:5m}",
            initialDelayString = "${redline.events.redelivery-interval:5m}")
    void redeliver() {
        lock.runExclusively(LOCK, Duration.ofMinutes(30), Duration.ofMinutes(1), () -> {
            incomplete.resubmitIncompletePublicationsOlderThan(STALE);
            completed.deletePublicationsOlderThan(KEPT);
        });
    }
}
