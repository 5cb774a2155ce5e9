package app.redline.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Counts a wrong password against the username and tells the user why sign-in failed: locked, or
 * wrong username or password (never which of the two; a disabled account answers the same).
 */
@Component
@RequiredArgsConstructor
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final LoginLockService loginLocks;
    private final SecurityEvents events;
    private final ApplicationAvailability availability;

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String username = request.getParameter("username");
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            // Still starting (the demo accounts may not exist yet): not the user's mistake, not counted.
            response.sendRedirect(request.getContextPath() + "/login?starting");
            return;
        }
        boolean wasLocked = loginLocks.isLocked(username);
        if (exception instanceof BadCredentialsException) {
            loginLocks.recordFailure(username);
            loginLocks.recordAddressFailure(SecurityEvents.address(request));
        }
        String reason;
        if (loginLocks.isLocked(username)) {
            reason = "locked";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        } else {
            reason = "error";
        }
        events.signInFailed(request, username, reason);
        if (!wasLocked && reason.equals("locked")) {
            events.locked(request, username);
        }
        // A disabled account answers like a wrong password: the page does not tell a stranger which
        // usernames exist (the audit trail keeps the real reason).
        response.sendRedirect(request.getContextPath() + "/login?" + (reason.equals("disabled") ? "error" : reason));
    }
}
