package app.redline.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.RedlineTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduled-job lock across instances: two schedulers firing in the same second run a job
 * once, also when the first run is over before the second scheduler fires (the lock is kept for a
 * minimum time); a run that holds no minimum frees the job at once.
 */
@RedlineTest
class JobLockTests {

    @Autowired
    JdbcClient jdbc;

    /** A second instance: its own lock holder over the same table. */
    JobLock instance() {
        return new JobLock(jdbc);
    }

    @Test
    void twoSchedulersFiringTogetherRunTheJobOnce() throws Exception {
        String job = "two-schedulers-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Boolean>> fired = new ArrayList<>();
            for (JobLock scheduler : List.of(instance(), instance())) {
                fired.add(pool.submit(() -> {
                    gate.await();
                    return scheduler.runExclusively(
                            job, Duration.ofHours(1), Duration.ofMinutes(5), runs::incrementAndGet);
                }));
            }
            gate.countDown();
            for (Future<Boolean> f : fired) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void aQuickRunKeepsTheLockForItsMinimumSoALateSchedulerSkips() {
        String job = "late-scheduler-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        assertThat(instance().runExclusively(job, Duration.ofHours(1), Duration.ofMinutes(5), runs::incrementAndGet))
                .isTrue();
        assertThat(instance().runExclusively(job, Duration.ofHours(1), Duration.ofMinutes(5), runs::incrementAndGet))
                .isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void withoutAMinimumTheJobIsFreeWhenItEnds() {
        String job = "free-again-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        assertThat(instance().runExclusively(job, Duration.ofHours(1), runs::incrementAndGet))
                .isTrue();
        assertThat(instance().runExclusively(job, Duration.ofHours(1), runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(2);
    }
}
