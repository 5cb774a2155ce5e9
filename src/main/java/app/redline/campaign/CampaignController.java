package app.redline.campaign;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.inspection.ChecklistTemplates;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionCode;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.system.Paging;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Special rectification campaigns: the list of those in reach, launching one, its page (the
 * enterprise's task, or the progress board), its target list with visits and urging. The printable
 * summary and the board's export are {@link CampaignReportController}'s.
 */
@Controller
@RequestMapping("/campaigns")
@RequiredArgsConstructor
class CampaignController {

    static final int PAGE_SIZE = 30;

    private final CampaignService campaigns;
    private final CampaignAccess access;
    private final CampaignLaunches launches;
    private final CampaignRuns runs;
    private final CampaignBoard board;
    private final CampaignFacts facts;
    private final ChecklistTemplates templates;
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

    @GetMapping("/new")
    String showLaunchForm(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) java.util.Set<String> industryCodes,
            @RequestParam(required = false) String origin,
            Model model) {
        requireLaunch(user, scope);
        LaunchForm form = new LaunchForm();
        // Prefilled by the page it is launched from (an accident): what the user may change.
        form.setTitle(title == null || title.length() > 200 ? null : title);
        form.setReason(reason == null || reason.length() > 2000 ? null : reason);
        if (industryCodes != null && industryCodes.size() <= 20) {
            form.setIndustryCodes(new java.util.LinkedHashSet<>(industryCodes));
        }
        form.setOrigin(origin == null || origin.length() > 100 ? null : origin);
        LocalDate today = LocalDate.now(clock);
        form.setStartsOn(today);
        form.setEndsOn(today.plusDays(30));
        return launchForm(scope, form, null, model);
    }

    @PostMapping
    String launch(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @Valid @ModelAttribute("form") LaunchForm form,
            BindingResult result,
            @RequestParam(required = false) String preview,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        requireLaunch(user, scope);
        if (result.hasErrors()) {
            return launchForm(scope, form, null, model);
        }
        try {
            if (preview != null) {
                return launchForm(scope, form, launches.select(scope, form, locale), model);
            }
            Long id = launches.launch(user, scope, form, locale);
            redirect.addFlashAttribute("message", "campaign.launched");
            return "redirect:/campaigns/" + id;
        } catch (CampaignRefused e) {
            result.reject(e.code());
            CampaignLaunches.Selection selection =
                    e.code().equals("campaign.region.outside") ? null : launches.select(scope, form, locale);
            return launchForm(scope, form, selection, model);
        }
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

    private String launchForm(Scope scope, LaunchForm form, CampaignLaunches.Selection selection, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("selection", selection);
        if (selection != null) {
            Map<Long, EnterpriseRow> sample = organization.enterpriseRows(
                    selection.enterpriseIds().stream().limit(20).collect(Collectors.toSet()));
            model.addAttribute(
                    "sample",
                    selection.enterpriseIds().stream()
                            .limit(20)
                            .map(sample::get)
                            .filter(Objects::nonNull)
                            .toList());
        }
        model.addAttribute(
                "regions",
                scope.kind() == Scope.Kind.ALL
                        ? organization.regionsManagedBy(scope)
                        : organization.regionsManagedBy(Scope.region(scope.regionCode())));
        model.addAttribute("industries", organization.industryTree());
        model.addAttribute("riskLevels", RiskLevel.values());
        model.addAttribute("templates", templates.current());
        model.addAttribute("modes", CampaignMode.values());
        return "campaigns/form";
    }

    private void requireLaunch(SignedInUser user, Scope scope) {
        if (!access.mayLaunch(user, scope)) {
            throw new AccessDeniedException("Not allowed to launch campaigns");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
