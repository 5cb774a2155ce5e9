package app.redline.account;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Spring Session's JDBC repository, read once per request and written only when something changed.
 *
 * <p>Spring Session's filter saves a session when the response is committed and again when the
 * request ends, and reads it from the database again in between (spring-session#1731): a page read its
 * session twice. Within a request ({@link #withinRequest}) this store answers the second read with
 * the session it already holds. And every request moved the session's last access, so every page —
 * a GET that changed nothing — wrote its session row and waited for the commit to reach the disk.
 * This store passes a session on to be saved only when it was created, an attribute was set or
 * removed, its id or timeout changed, or its last recorded access is {@code writeEvery} old or more:
 * a session then expires up to that much before its timeout.
 */
final class SessionStore implements SessionRepository<SessionStore.Tracked> {

    private static final ThreadLocal<Map<String, Optional<Tracked>>> REQUEST = new ThreadLocal<>();

    private final SessionRepository<Session> delegate;
    private final Duration writeEvery;

    @SuppressWarnings("unchecked")
    SessionStore(SessionRepository<? extends Session> delegate, Duration writeEvery) {
        this.delegate = (SessionRepository<Session>) delegate;
        this.writeEvery = writeEvery;
    }

    /**
     * Keeps the sessions a request reads until the returned scope is closed (when the request ends);
     * outside such a scope every read goes to the repository.
     */
    static RequestScope openRequest() {
        if (REQUEST.get() != null) {
            return () -> {};
        }
        REQUEST.set(new HashMap<>(2));
        return REQUEST::remove;
    }

    /** The sessions of one request, held until closed. */
    interface RequestScope extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public Tracked createSession() {
        Tracked created = new Tracked(delegate.createSession());
        created.changed = true;
        return created;
    }

    @Override
    public void save(Tracked session) {
        Instant lastAccessed = session.getLastAccessedTime();
        if (!session.changed && lastAccessed.isBefore(session.recordedAccess.plus(writeEvery))) {
            return;
        }
        delegate.save(session.session);
        session.changed = false;
        session.recordedAccess = lastAccessed;
        Map<String, Optional<Tracked>> read = REQUEST.get();
        if (read != null) {
            read.put(session.getId(), Optional.of(session));
        }
    }

    @Override
    public Tracked findById(String id) {
        Map<String, Optional<Tracked>> read = REQUEST.get();
        if (read != null) {
            Optional<Tracked> held = read.get(id);
            if (held != null) {
                // As the repository would answer: a session whose id changed since is not found by the old one.
                return held.filter(session -> session.getId().equals(id) && !session.isExpired())
                        .orElse(null);
            }
        }
        Session found = SessionTransactions.reading(() -> delegate.findById(id));
        Tracked tracked = found == null ? null : new Tracked(found);
        if (read != null) {
            read.put(id, Optional.ofNullable(tracked));
        }
        return tracked;
    }

    @Override
    public void deleteById(String id) {
        Map<String, Optional<Tracked>> read = REQUEST.get();
        if (read != null) {
            read.put(id, Optional.empty());
        }
        delegate.deleteById(id);
    }

    /** A session of the repository, and whether it changed since it was read or saved. */
    static final class Tracked implements Session {

        private final Session session;
        private boolean changed;
        private Instant recordedAccess;

        private Tracked(Session session) {
            this.session = session;
            this.recordedAccess = session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(session.getMaxInactiveInterval())) {
                changed = true;
            }
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
