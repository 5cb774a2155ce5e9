package app.redline.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * A successful sign-in forgets earlier failures of that username and remembers the user's language
 * (the language switch's cookie, else the browser's), for mail sent while they are away.
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LoginLockService loginLocks;
    private final Recipients recipients;
    private final SecurityEvents events;

    SignInSuccessHandler(LoginLockService loginLocks, Recipients recipients, SecurityEvents events) {
        this.loginLocks = loginLocks;
        this.recipients = recipients;
        this.events = events;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        loginLocks.recordSuccess(authentication.getName());
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            recipients.rememberLanguage(user.id(), language(request));
            events.signedIn(request, user);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    private static Locale language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("redline-lang".equals(cookie.getName()) && cookie.getValue() != null) {
                    return cookie.getValue().startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
                }
            }
        }
        return request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
    }
}
