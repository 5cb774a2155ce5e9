package app.redline.account;

import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.organization.ScopeFacts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every signed-in request, asks the database whether the session still stands: a disabled user,
 * or one whose password was reset or changed elsewhere, is signed out at once. A user who must
 * change the password is sent to do so before anything else. The same statement reads the user's
 * unit's facts ({@code unit_scope}), and the user's scope is kept for the request ({@link
 * CurrentUser}): one statement outside any transaction (no JPA session for it) that every page pays
 * for, where the state and the scope were two.
 */
@RequiredArgsConstructor
class SessionCheckFilter extends OncePerRequestFilter {

    private static final Set<String> ALLOWED_WHILE_CHANGING = Set.of("/profile/password", "/logout");

    private final JdbcClient jdbc;
    private final OrganizationService organization;

    record SessionState(boolean enabled, int sessionEpoch, boolean mustChangePassword, ScopeFacts unit) {}

    Optional<SessionState> sessionState(long userId, Long unitId) {
        return jdbc.sql("select a.enabled, a.session_epoch, a.must_change_password, " + ScopeFacts.COLUMNS
                        + " from app_user a left join unit_scope s on s.unit_id = ? where a.id = ?")
                .param(unitId)
                .param(userId)
                .query((row, n) -> new SessionState(
                        row.getBoolean("enabled"),
                        row.getInt("session_epoch"),
                        row.getBoolean("must_change_password"),
                        ScopeFacts.read(row)))
                .optional();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            var state = sessionState(user.id(), user.unitId());
            if (state.isEmpty() || !state.get().enabled() || state.get().sessionEpoch() != user.sessionEpoch()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (state.get().mustChangePassword() && !ALLOWED_WHILE_CHANGING.contains(path)) {
                response.sendRedirect(request.getContextPath() + "/profile/password");
                return;
            }
            boolean administrator = user.hasRole(Role.ADMIN);
            Scope scope = organization.scopeOf(state.get().unit(), administrator);
            CurrentUser.keepForRequest(request, user, administrator, scope);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/");
    }
}
