package app.redline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginLockTests {

    final Instant start = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void fiveFailuresInsideFifteenMinutesLockForFifteenMinutes() {
        LoginLock lock = new LoginLock("safety", start);
        for (int i = 0; i < 5; i++) {
            assertThat(lock.isLocked(start.plusSeconds(i))).isFalse();
            lock.recordFailure(start.plus(Duration.ofMinutes(i * 3L)));
        }
        Instant fifth = start.plus(Duration.ofMinutes(12));
        assertThat(lock.isLocked(fifth)).isTrue();
        assertThat(lock.isLocked(fifth.plus(Duration.ofMinutes(15)).minusSeconds(1)))
                .isTrue();
        assertThat(lock.isLocked(fifth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        LoginLock lock = new LoginLock("safety", start);
        for (int i = 0; i < 5; i++) {
            lock.recordFailure(start.plus(Duration.ofMinutes(i * 4L)));
        }
        assertThat(lock.isLocked(start.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void attemptsWhileLockedDoNotProlongTheLock() {
        LoginLock lock = new LoginLock("safety", start);
        for (int i = 0; i < 5; i++) {
            lock.recordFailure(start);
        }
        lock.recordFailure(start.plus(Duration.ofMinutes(14)));
        assertThat(lock.isLocked(start.plus(Duration.ofMinutes(15)))).isFalse();
    }
}
