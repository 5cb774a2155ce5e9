package app.redline.account;

import java.time.Clock;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per username and locks the username after too many. */
@Service
@RequiredArgsConstructor
class LoginLockService {

    private static final int MAX_USERNAME = 64;

    private final LoginLockRepository locks;
    private final Clock clock;

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return locks.findById(key(username))
                .map(lock -> lock.isLocked(clock.instant()))
                .orElse(false);
    }

    @Transactional
    public void recordFailure(String username) {
        String key = key(username);
        if (key.isEmpty()) {
            return;
        }
        LoginLock lock = locks.findById(key).orElseGet(() -> new LoginLock(key, clock.instant()));
        lock.recordFailure(clock.instant());
        locks.save(lock);
    }

    @Transactional
    public void recordSuccess(String username) {
        locks.deleteById(key(username));
    }

    private static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_USERNAME ? key.substring(0, MAX_USERNAME) : key;
    }
}
