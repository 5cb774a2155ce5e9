package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    private final HazardLedger hazards;
    private final OverdueReview review;
    private final OrganizationService organization;
    private final HazardExport exports;
    private final HazardSupervision supervision;

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
            OverdueParams params,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        HazardFilter filter = params.filter();
        var rows = hazards.ledger(
                scope,
                filter,
                PageRequest.of(
                        Paging.page(page),
                        HazardController.PAGE_SIZE,
                        Sort.by(
                                Sort.Order.asc(Hazard_.DEADLINE),
                                Sort.Order.desc(Hazard_.GRADE),
                                Sort.Order.asc(Hazard_.ID))));
        model.addAttribute("filter", filter);
        model.addAttribute("hazards", rows);
        model.addAttribute(
                "enterprises",
                organization.enterpriseRows(rows.getContent().stream()
                        .map(r -> r.hazard().getEnterpriseId())
                        .collect(Collectors.toSet())));
        model.addAttribute("summary", review.summary(scope, params.region(), locale));
        model.addAttribute("grades", HazardGrade.values());
        model.addAttribute("mayUrge", supervision.mayUrge(user));
        model.addAttribute(
                "backUrl", "/overdue" + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        model.addAttribute("countCap", HazardLedger.COUNT_CAP);
        return "hazards/overdue";
    }
}
