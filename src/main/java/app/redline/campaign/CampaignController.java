package app.redline.campaign;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionCode;
import app.redline.organization.Scope;
import app.redline.system.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Special rectification campaigns: the list of those in reach, its page (the enterprise's task, or
 * the progress board), its target list with visits and urging. Launching one is
 * {@link CampaignLaunchController}'s; the printable summary and the board's export are
 * {@link CampaignReportController}'s.
 */
@Controller
@RequestMapping("/campaigns")
@RequiredArgsConstructor
class CampaignController {

    static final int PAGE_SIZE = 30;

    private final CampaignService campaigns;
    private final CampaignAccess access;
    private final CampaignRuns runs;
    private final CampaignBoard board;
    private final CampaignFacts facts;
    private final OrganizationService organization;
    private final Clock clock;
    private final java.util.List<CampaignOrigin> origins;

    @GetMapping
    String showList(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @RequestParam(required = false) Campaign.Phase phase,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "campaigns",
                campaigns.list(
                        user,
                        scope,
                        phase,
                        PageRequest.of(
                                Paging.page(page),
                                PAGE_SIZE,
                                Sort.by(Sort.Order.desc(Campaign_.ENDS_ON), Sort.Order.desc(Campaign_.ID)))));
        model.addAttribute("phase", phase);
        model.addAttribute("phases", Campaign.Phase.values());
        model.addAttribute("mayLaunch", access.mayLaunch(user, scope));
        model.addAttribute("today", LocalDate.now(clock));
        return "campaigns/list";
    }

    @GetMapping("/{id}")
    String showCampaign(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam(required = false) String region,
            Locale locale,
            Model model) {
        Campaign campaign = campaigns.load(user, scope, id);
        facts.addTo(campaign, locale, model);
        model.addAttribute(
                "origins",
                origins.stream().flatMap(o -> o.of(user, scope, id).stream()).toList());
        if (scope.isSingleEnterprise()) {
            model.addAttribute(
                    "selfInspection",
                    runs.inspectionOf(id, scope.enterpriseId(), true).orElse(null));
            model.addAttribute(
                    "visit", runs.inspectionOf(id, scope.enterpriseId(), false).orElse(null));
        } else {
            model.addAttribute("board", board.board(scope, campaign, blankToNull(region), locale));
            model.addAttribute("mayRun", access.mayRun(user, scope));
        }
        return "campaigns/detail";
    }

    @GetMapping("/{id}/targets")
    String showTargets(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam(defaultValue = "ALL") TargetStatus status,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Campaign campaign = campaigns.followed(user, scope, id);
        String top = CampaignBoard.top(scope, campaign);
        String within = RegionCode.isValid(region) && RegionCode.of(top).contains(region) ? region : null;
        facts.addTo(campaign, locale, model);
        model.addAttribute(
                "targets",
                board.targets(
                        scope, campaign, within, status, user.id(), PageRequest.of(Paging.page(page), PAGE_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", TargetStatus.values());
        model.addAttribute("region", within);
        model.addAttribute(
                "regionName",
                within == null ? null : organization.regionName(within, locale).orElse(within));
        boolean mayRun = access.mayRun(user, scope);
        model.addAttribute(
                "mayAssign",
                mayRun && campaign.getMode().asksVisits() && campaign.phase(today()) != Campaign.Phase.ENDED);
        model.addAttribute(
                "mayVisit",
                user.hasRole(Role.INSPECTOR) && campaign.getMode().asksVisits() && campaign.isOpen(today()));
        if (mayRun) {
            model.addAttribute("inspectors", runs.inspectors(scope));
        }
        return "campaigns/targets";
    }

    @PostMapping("/{id}/self-inspection")
    String startSelfInspection(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            RedirectAttributes redirect) {
        try {
            return "redirect:/inspections/" + runs.startSelfInspection(user, scope, id);
        } catch (CampaignRefused e) {
            redirect.addFlashAttribute("problem", e.code());
            return "redirect:/campaigns/" + id;
        }
    }

    @PostMapping("/{id}/visits/{enterpriseId}")
    String startVisit(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @PathVariable long enterpriseId,
            RedirectAttributes redirect) {
        try {
            return "redirect:/inspections/" + runs.startVisit(user, scope, id, enterpriseId);
        } catch (CampaignRefused e) {
            redirect.addFlashAttribute("problem", e.code());
            return "redirect:/campaigns/" + id + "/targets?status=MINE";
        }
    }

    @PostMapping("/{id}/assign")
    String assign(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam(name = "enterprise", required = false) List<Long> enterprises,
            @RequestParam(name = "inspector", required = false) Long inspector,
            @RequestParam(defaultValue = "ALL") TargetStatus status,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        try {
            int assigned = runs.assign(user, scope, id, enterprises == null ? List.of() : enterprises, inspector);
            redirect.addFlashAttribute("message", "campaign.assigned");
            redirect.addFlashAttribute("count", assigned);
        } catch (CampaignRefused e) {
            // Back to the list with the targets and the inspector as they were chosen.
            redirect.addFlashAttribute("problem", e.code());
            redirect.addFlashAttribute("chosen", enterprises == null ? List.of() : enterprises);
            redirect.addFlashAttribute("chosenInspector", inspector);
        }
        redirect.addAttribute("status", status);
        redirect.addAttribute("page", Paging.page(page));
        if (RegionCode.isValid(region)) {
            redirect.addAttribute("region", region);
        }
        return "redirect:/campaigns/" + id + "/targets";
    }

    @PostMapping("/{id}/urge")
    String urge(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("count", runs.urgeOutstanding(user, scope, id));
            redirect.addFlashAttribute("message", "campaign.urged");
        } catch (CampaignRefused e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/campaigns/" + id;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
