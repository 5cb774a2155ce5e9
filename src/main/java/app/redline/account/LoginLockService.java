package app.redline.account;

import java.time.Clock;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per username and locks the username after too many. */
@Service
@RequiredArgsConstructor
class LoginLockService {

    private static final int MAX_USERNAME = 64;

    private final LoginLockRepository locks;
    private final Clock clock;
    private final JdbcClient jdbc;

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

    /**
     * Failed sign-ins from one address within the window before sign-ins from it pause (set it high
     * enough for an office behind one NAT address: {@code redline.login.address-max-failures}).
     */
    @Value("${redline.login.address-max-failures:50}")
    private int maxAddressFailures;

    int maxAddressFailures() {
        return maxAddressFailures;
    }

    /** Whether sign-ins from this address are paused after too many failures across usernames. */
    @Transactional(readOnly = true)
    public boolean isAddressLocked(String address) {
        return address != null
                && jdbc.sql("select count(*) from login_address_lock where address = :a and locked_until > :now")
                                .param("a", address)
                                .param("now", java.sql.Timestamp.from(clock.instant()))
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** Counts a failure against the address; the count starts over after the window. */
    @Transactional
    public void recordAddressFailure(String address) {
        if (address == null) {
            return;
        }
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        java.sql.Timestamp windowStart = java.sql.Timestamp.from(clock.instant().minus(LoginLock.WINDOW));
        java.sql.Timestamp lockedUntil = java.sql.Timestamp.from(clock.instant().plus(LoginLock.LOCK));
        jdbc.sql("insert into login_address_lock (address, failures, window_started_at) values (:a, 1, :now)"
                        + " on conflict (address) do update set"
                        + " failures = case when login_address_lock.window_started_at < :windowStart then 1"
                        + "   else login_address_lock.failures + 1 end,"
                        + " window_started_at = case when login_address_lock.window_started_at < :windowStart"
                        + "   then :now else login_address_lock.window_started_at end,"
                        + " locked_until = case when login_address_lock.window_started_at >= :windowStart"
                        + "   and login_address_lock.failures + 1 >= :max then :lockedUntil"
                        + "   else login_address_lock.locked_until end")
                .param("a", address)
                .param("now", now)
                .param("windowStart", windowStart)
                .param("max", maxAddressFailures)
                .param("lockedUntil", lockedUntil)
                .update();
    }

    private static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_USERNAME ? key.substring(0, MAX_USERNAME) : key;
    }
}
