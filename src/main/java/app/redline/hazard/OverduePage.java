package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.Paging;
import java.util.Locale;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * The overdue review's model: a page of the scope's overdue hazards, most overdue first, their
 * enterprises, and the counts by sub-region, industry and enterprise — read in one read-only
 * transaction (each part was a transaction of its own, and read the user's unit again).
 */
@Component
@RequiredArgsConstructor
class OverduePage {

    private final HazardLedger hazards;
    private final OverdueReview review;
    private final OrganizationService organization;
    private final HazardSupervision supervision;

    @Transactional(readOnly = true)
    void fill(SignedInUser user, Scope scope, OverdueParams params, int page, Locale locale, Model model) {
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
        model.addAttribute("countCap", HazardLedger.COUNT_CAP);
    }
}
