package app.redline.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pauses sign-ins from an address that failed too often across usernames (the per-username lock
 * does not stop someone trying one password on many usernames). The attempt is not even checked,
 * and it is recorded in the audit trail.
 */
@RequiredArgsConstructor
class AddressThrottleFilter extends OncePerRequestFilter {

    private final LoginLockService loginLocks;
    private final SecurityEvents events;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI())
                && loginLocks.isAddressLocked(SecurityEvents.address(request))) {
            events.throttled(request, request.getParameter("username"));
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
