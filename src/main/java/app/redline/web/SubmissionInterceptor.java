package app.redline.web;

import app.redline.account.SignedInUser;
import app.redline.system.DuplicateSubmission;
import app.redline.system.FormSubmissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Forms that create something carry a one-time token ({@value #PARAMETER}, put in by the {@code
 * fragments/forms :: submission} fragment). A post whose token a create has claimed already is
 * refused (409) before the handler runs; otherwise the token is handed to the create, which claims
 * it in its own transaction ({@link FormSubmissions}), so a refused or failed create can be
 * corrected and sent again, and only a create that happened counts.
 */
@RequiredArgsConstructor
class SubmissionInterceptor implements HandlerInterceptor {

    static final String PARAMETER = "_submission";

    private final FormSubmissions submissions;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String token = request.getParameter(PARAMETER);
        if (!"POST".equals(request.getMethod()) || token == null || token.isBlank() || token.length() > 64) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return true;
        }
        if (submissions.claimed(token)) {
            throw new DuplicateSubmission();
        }
        request.setAttribute(FormSubmissions.TOKEN, token);
        request.setAttribute(FormSubmissions.USER, user.id());
        return true;
    }
}
