package app.redline.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** A successful sign-in forgets earlier failures of that username. */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LoginLockService loginLocks;

    SignInSuccessHandler(LoginLockService loginLocks) {
        this.loginLocks = loginLocks;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        loginLocks.recordSuccess(authentication.getName());
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
