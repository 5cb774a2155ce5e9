package app.redline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Forms that create something carry a one-time token ({@value #PARAMETER}, put in by the
 * {@code fragments/forms :: submission} fragment). The first post with a token claims it — in the
 * database, so two posts at the same moment cannot both win — and any later post with it is
 * refused (409) before the handler runs: a double click or a resubmitted page creates nothing twice.
 */
@RequiredArgsConstructor
class SubmissionInterceptor implements HandlerInterceptor {

    static final String PARAMETER = "_submission";

    /** Tokens are kept this long; a form left open longer can still be sent once. */
    static final Duration KEPT = Duration.ofDays(2);

    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String token = request.getParameter(PARAMETER);
        if (!"POST".equals(request.getMethod()) || token == null || token.isBlank() || token.length() > 64) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !(authentication.getPrincipal() instanceof app.redline.account.SignedInUser user)) {
            return true;
        }
        Instant now = Instant.now(clock);
        int claimed = jdbc.sql("insert into form_submission (token, user_id, at) values (:token, :user, :at)"
                        + " on conflict (token) do nothing")
                .param("token", token)
                .param("user", user.id())
                .param("at", Timestamp.from(now))
                .update();
        if (claimed == 0) {
            throw new DuplicateSubmission();
        }
        if (Math.floorMod(token.hashCode(), 200) == 0) {
            jdbc.sql("delete from form_submission where at < :before")
                    .param("before", Timestamp.from(now.minus(KEPT)))
                    .update();
        }
        return true;
    }
}
