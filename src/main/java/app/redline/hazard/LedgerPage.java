package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * The ledger's model: a page of the scope's hazards as filtered and sorted, and the filters' choices
 * (campaigns in reach, regions of the scope, industries) — read in one read-only transaction.
 */
@Component
@RequiredArgsConstructor
class LedgerPage {

    /** How many campaigns the ledger's campaign filter offers. */
    static final int CAMPAIGN_OPTIONS = 50;

    private final HazardService hazards;
    private final HazardLedger ledger;
    private final OrganizationService organization;
    private final CampaignWindow campaigns;

    @Transactional(readOnly = true)
    void fill(SignedInUser user, Scope scope, HazardFilter bound, boolean mine, String sort, int page, Model model) {
        HazardFilter filter = mine ? bound.withTurn(hazards.turnOf(user)) : bound;
        model.addAttribute("filterActive", !filter.query().isEmpty());
        sort = Set.of("reported", "deadline", "overdue", "grade").contains(sort) ? sort : "reported";
        model.addAttribute("filter", filter);
        List<CampaignWindow.Option> campaignOptions =
                new ArrayList<>(campaigns.inReach(user.unitId(), scope, CAMPAIGN_OPTIONS));
        if (filter.campaignId() != null
                && campaignOptions.stream().noneMatch(c -> c.id().equals(filter.campaignId()))) {
            campaignOptions.add(new CampaignWindow.Option(
                    filter.campaignId(),
                    campaigns
                            .titleInReach(filter.campaignId(), user.unitId(), scope)
                            .orElse("#" + filter.campaignId())));
        }
        model.addAttribute("campaignOptions", campaignOptions);
        model.addAttribute("query", filter.query());
        model.addAttribute("sort", sort);
        model.addAttribute(
                "hazards",
                ledger.ledger(
                        scope, filter, PageRequest.of(Paging.page(page), HazardController.PAGE_SIZE, order(sort))));
        model.addAttribute("states", HazardState.values());
        model.addAttribute("grades", HazardGrade.values());
        model.addAttribute("industries", organization.industryTree());
        model.addAttribute("regions", organization.regionChoices(scope));
        model.addAttribute("today", ledger.today());
        model.addAttribute("countCap", HazardLedger.COUNT_CAP);
        model.addAttribute("countExact", HazardTallies.countsLedger(scope, filter));
    }

    private static Sort order(String sort) {
        return switch (sort) {
            case "deadline" -> Sort.by(Sort.Order.asc(Hazard_.DEADLINE).nullsLast(), Sort.Order.desc(Hazard_.ID));
            case "overdue" -> Sort.by(Sort.Order.asc(Hazard_.DEADLINE).nullsLast(), Sort.Order.desc(Hazard_.GRADE));
            case "grade" ->
                Sort.by(
                        Sort.Order.desc(Hazard_.GRADE),
                        Sort.Order.desc(Hazard_.REPORTED_ON),
                        Sort.Order.desc(Hazard_.ID));
            default -> Sort.by(Sort.Order.desc(Hazard_.REPORTED_ON), Sort.Order.desc(Hazard_.ID));
        };
    }
}
