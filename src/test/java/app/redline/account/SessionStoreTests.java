package app.redline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/** The session store reads a session once per request and writes it only when that matters. */
class SessionStoreTests {

    /** Spring Session's map repository, counting what reaches it. */
    static class CountingRepository extends MapSessionRepository {
        int reads;
        int saves;

        CountingRepository() {
            super(new HashMap<>());
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            return super.findById(id);
        }

        @Override
        public void save(MapSession session) {
            saves++;
            super.save(session);
        }
    }

    final CountingRepository repository = new CountingRepository();
    final SessionStore store = new SessionStore(repository, Duration.ofMinutes(1));

    String existingSession() {
        MapSession session = repository.createSession();
        session.setAttribute("SPRING_SECURITY_CONTEXT", "signed in");
        repository.save(session);
        repository.saves = 0;
        return session.getId();
    }

    @Test
    void withinARequestASessionIsReadOnceOutsideEveryTime() {
        String id = existingSession();
        try (var request = SessionStore.openRequest()) {
            assertThat(store.findById(id)).isNotNull();
            assertThat(store.findById(id)).isSameAs(store.findById(id));
            assertThat(store.findById("no-such-session")).isNull();
            assertThat(store.findById("no-such-session")).isNull();
        }
        assertThat(repository.reads).isEqualTo(2);
        store.findById(id);
        store.findById(id);
        assertThat(repository.reads).isEqualTo(4);
    }

    @Test
    void aSessionThatOnlyMovedItsLastAccessALittleIsNotWritten() {
        String id = existingSession();
        try (var request = SessionStore.openRequest()) {
            var session = store.findById(id);
            session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(59));
            store.save(session);
            store.save(session);
        }
        assertThat(repository.saves).isZero();
    }

    @Test
    void aSessionIsWrittenWhenItsRecordedAccessIsOldOrWhenItChanged() {
        String id = existingSession();
        var session = store.findById(id);
        session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(60));
        store.save(session);
        assertThat(repository.saves).isEqualTo(1);
        assertThat(repository.findById(id).getLastAccessedTime()).isEqualTo(session.getLastAccessedTime());
        store.save(session);
        assertThat(repository.saves).as("saved once, unchanged since").isEqualTo(1);

        session.setAttribute("SPRING_SECURITY_CONTEXT", "someone else");
        store.save(session);
        assertThat(repository.saves).isEqualTo(2);
        assertThat(repository.findById(id).<String>getAttribute("SPRING_SECURITY_CONTEXT"))
                .isEqualTo("someone else");

        session.removeAttribute("SPRING_SECURITY_CONTEXT");
        store.save(session);
        session.setMaxInactiveInterval(Duration.ofMinutes(5));
        store.save(session);
        String oldId = session.getId();
        session.changeSessionId();
        store.save(session);
        assertThat(repository.saves).isEqualTo(5);
        assertThat(repository.findById(oldId)).isNull();
        assertThat(repository.findById(session.getId())).isNotNull();
    }

    @Test
    void aNewSessionIsAlwaysWritten() {
        var session = store.createSession();
        session.setLastAccessedTime(Instant.now());
        store.save(session);
        assertThat(repository.saves).isEqualTo(1);
        assertThat(repository.findById(session.getId())).isNotNull();
    }

    @Test
    void aSessionDeletedWithinARequestIsGoneForTheRestOfIt() {
        String id = existingSession();
        try (var request = SessionStore.openRequest()) {
            assertThat(store.findById(id)).isNotNull();
            store.deleteById(id);
            assertThat(store.findById(id)).isNull();
        }
        assertThat(repository.findById(id)).isNull();
    }
}
