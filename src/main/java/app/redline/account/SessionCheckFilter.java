package app.redline.account;

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
 * change the password is sent to do so before anything else. One statement outside any transaction
 * (no JPA session for it): every page pays for it.
 */
@RequiredArgsConstructor
class SessionCheckFilter extends OncePerRequestFilter {

    private static final Set<String> ALLOWED_WHILE_CHANGING = Set.of("/profile/password", "/logout");

    private final JdbcClient jdbc;

    record SessionState(boolean enabled, int sessionEpoch, boolean mustChangePassword) {}

    Optional<SessionState> sessionState(long userId) {
        return jdbc.sql("select enabled, session_epoch, must_change_password from app_user where id = ?")
                .param(userId)
                .query((row, n) -> new SessionState(row.getBoolean(1), row.getInt(2), row.getBoolean(3)))
                .optional();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            var state = sessionState(user.id());
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
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/");
    }
}
