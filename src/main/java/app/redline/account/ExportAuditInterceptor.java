package app.redline.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/** Records every completed export in the audit trail: who exported what, with which filters, when. */
@RequiredArgsConstructor
class ExportAuditInterceptor implements HandlerInterceptor {

    /** The exports: every path that hands out a spreadsheet of records. */
    static final String[] PATHS = {
        "/hazards/export.*",
        "/overdue/export.*",
        "/admin/units/export.xlsx",
        "/admin/users/export.xlsx",
        "/campaigns/*/board.xlsx"
    };

    private final SecurityEvents events;

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (failure == null
                && response.getStatus() == 200
                && authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user) {
            events.exported(request, user);
        }
    }
}
