package app.redline.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one-time tokens of forms that create something. A create claims its form's token in its own
 * transaction: if the create is refused or fails, the claim rolls back with it and the corrected
 * form can be sent again; if it happened, a second post of the same form is refused. Two posts at
 * the same moment meet at the token's unique key: the second waits for the first and loses if the
 * first committed.
 */
@Component
@RequiredArgsConstructor
public class FormSubmissions {

    /** Request attributes the web layer sets for a post that carries a token. */
    public static final String TOKEN = FormSubmissions.class.getName() + ".token";

    public static final String USER = FormSubmissions.class.getName() + ".user";

    /** Tokens are kept this long; a form left open longer can still be sent once. */
    static final Duration KEPT = Duration.ofDays(2);

    private final JdbcClient jdbc;
    private final Clock clock;

    /**
     * Claims the current request's token, if it has one, in the caller's transaction; refuses a
     * token that a create has claimed already. Outside a web request (jobs, seeds) it does nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null
                || !(request.getAttribute(TOKEN, RequestAttributes.SCOPE_REQUEST) instanceof String token)
                || !(request.getAttribute(USER, RequestAttributes.SCOPE_REQUEST) instanceof Long user)) {
            return;
        }
        Instant now = Instant.now(clock);
        int claimed = jdbc.sql("insert into form_submission (token, user_id, at) values (:token, :user, :at)"
                        + " on conflict (token) do nothing")
                .param("token", token)
                .param("user", user)
                .param("at", Timestamp.from(now))
                .update();
        if (claimed == 0) {
            throw new DuplicateSubmission();
        }
        // Only one claim per request: a create that makes several things claims once.
        request.removeAttribute(TOKEN, RequestAttributes.SCOPE_REQUEST);
        if (Math.floorMod(token.hashCode(), 200) == 0) {
            jdbc.sql("delete from form_submission where at < :before")
                    .param("before", Timestamp.from(now.minus(KEPT)))
                    .update();
        }
    }

    /** Whether a create has claimed the token already (checked before the handler runs). */
    @Transactional(readOnly = true)
    public boolean claimed(String token) {
        return jdbc.sql("select exists (select 1 from form_submission where token = :token)")
                .param("token", token)
                .query(Boolean.class)
                .single();
    }
}
