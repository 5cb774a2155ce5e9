package app.redline.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Counts a wrong password against the username and tells the user why sign-in failed: locked,
 * disabled, or wrong username or password (never which of the two).
 */
@Component
@RequiredArgsConstructor
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final LoginLockService loginLocks;
    private final SecurityEvents events;

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String username = request.getParameter("username");
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
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
