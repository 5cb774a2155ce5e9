package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import app.redline.system.QueryRecord;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overdue review: the open hazards of the user's scope past their deadline, most overdue first,
 * with counts by sub-region and industry (each a link that filters the list) and the enterprises
 * with the most.
 */
@Controller
@RequiredArgsConstructor
class OverdueController {

    private final OverduePage overduePage;
    private final HazardExport exports;

    @GetMapping("/overdue/export.{format}")
    void export(
            Scope scope, @PathVariable String format, OverdueParams params, Locale locale, HttpServletResponse response)
            throws IOException {
        exports.send(scope, params.filter(), format, "overdue", locale, response);
    }

    @GetMapping("/overdue")
    String showOverdue(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            HttpServletRequest request,
            @QueryRecord.Lenient OverdueParams params,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        overduePage.fill(user, scope, params, page, locale, model);
        model.addAttribute(
                "backUrl", "/overdue" + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        return "hazards/overdue";
    }
}
