package app.redline.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/**
 * Failed sign-ins of one username inside a window. Enough failures inside the window lock the
 * username for a while, whatever password comes next.
 */
@Entity
@Table(name = "login_lock")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LoginLock {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    private String username;

    private int failures;

    private Instant windowStartedAt;

    private Instant lockedUntil;

    LoginLock(String username, Instant now) {
        this.username = username;
        this.windowStartedAt = now;
    }

    void recordFailure(Instant now) {
        if (isLocked(now)) {
            return;
        }
        if (now.isAfter(windowStartedAt.plus(WINDOW))) {
            windowStartedAt = now;
            failures = 0;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
        }
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
