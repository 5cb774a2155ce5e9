package app.redline.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records every completed export in the audit trail: who exported what, with which filters, when.
 * An export is any response handed out as a file to save ({@code Content-Disposition: attachment},
 * as every spreadsheet and CSV the application writes is), so a new export is audited without being
 * listed anywhere.
 */
@RequiredArgsConstructor
class ExportAuditInterceptor implements HandlerInterceptor {

    private final SecurityEvents events;

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (failure == null
                && response.getStatus() == 200
                && disposition != null
                && disposition.startsWith("attachment")
                && authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user) {
            events.exported(request, user);
        }
    }
}
