package app.redline.campaign;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.hazard.HazardDashboard;
import app.redline.hazard.HazardReports;
import app.redline.inspection.ChecklistTemplates;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.system.Paging;
import app.redline.system.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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
 * enterprise's task, or the progress board), its target list with visits, urging, the printable
 * summary and the board's export.
 */
@Controller
@RequestMapping("/campaigns")
@RequiredArgsConstructor
class CampaignController {

    static final int PAGE_SIZE = 30;
    static final int SUMMARY_LIMIT = 500;

    private final CampaignService campaigns;
    private final CampaignBoard board;
    private final ChecklistTemplates templates;
    private final OrganizationService organization;
    private final HazardReports hazards;
    private final MessageSource messages;
    private final Clock clock;

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
                                Sort.by(Sort.Order.desc("endsOn"), Sort.Order.desc("id")))));
        model.addAttribute("phase", phase);
        model.addAttribute("phases", Campaign.Phase.values());
        model.addAttribute("mayLaunch", campaigns.mayLaunch(user, scope));
        model.addAttribute("today", LocalDate.now(clock));
        return "campaigns/list";
    }

    @GetMapping("/new")
    String showLaunchForm(@AuthenticationPrincipal SignedInUser user, Scope scope, Model model) {
        requireLaunch(user, scope);
        LaunchForm form = new LaunchForm();
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
                return launchForm(scope, form, campaigns.select(scope, form, locale), model);
            }
            Long id = campaigns.launch(user, scope, form, locale);
            redirect.addFlashAttribute("message", "campaign.launched");
            return "redirect:/campaigns/" + id;
        } catch (CampaignRefused e) {
            result.reject(e.code());
            CampaignService.Selection selection =
                    e.code().equals("campaign.region.outside") ? null : campaigns.select(scope, form, locale);
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
        facts(campaign, locale, model);
        if (scope.isSingleEnterprise()) {
            model.addAttribute(
                    "selfInspection",
                    campaigns.inspectionOf(id, scope.enterpriseId(), true).orElse(null));
            model.addAttribute(
                    "visit",
                    campaigns.inspectionOf(id, scope.enterpriseId(), false).orElse(null));
        } else {
            model.addAttribute("board", board.board(scope, campaign, blankToNull(region), locale));
            model.addAttribute("mayRun", campaigns.mayRun(user, scope));
        }
        return "campaigns/detail";
    }

    @GetMapping("/{id}/targets")
    String showTargets(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam(defaultValue = "ALL") CampaignBoard.Status status,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Campaign campaign = campaigns.load(user, scope, id);
        if (!CampaignService.mayFollow(scope)) {
            throw new AccessDeniedException("Enterprises do not follow the board of campaign " + id);
        }
        String top = CampaignBoard.top(scope, campaign);
        String within = region != null && region.matches("[0-9]{2,9}") && region.startsWith(top) ? region : null;
        facts(campaign, locale, model);
        model.addAttribute(
                "targets",
                board.targets(
                        scope, campaign, within, status, user.id(), PageRequest.of(Paging.page(page), PAGE_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CampaignBoard.Status.values());
        model.addAttribute("region", within);
        model.addAttribute(
                "regionName",
                within == null ? null : organization.regionName(within, locale).orElse(within));
        boolean mayRun = campaigns.mayRun(user, scope);
        model.addAttribute(
                "mayAssign",
                mayRun && campaign.getMode().asksVisits() && campaign.phase(today()) != Campaign.Phase.ENDED);
        model.addAttribute(
                "mayVisit",
                user.hasRole(Role.INSPECTOR) && campaign.getMode().asksVisits() && campaign.isOpen(today()));
        if (mayRun) {
            model.addAttribute("inspectors", campaigns.inspectors(scope));
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
            return "redirect:/inspections/" + campaigns.startSelfInspection(user, scope, id);
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
            return "redirect:/inspections/" + campaigns.startVisit(user, scope, id, enterpriseId);
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
            @RequestParam(defaultValue = "ALL") CampaignBoard.Status status,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        try {
            int assigned = campaigns.assign(user, scope, id, enterprises == null ? List.of() : enterprises, inspector);
            redirect.addFlashAttribute("message", "campaign.assigned");
            redirect.addFlashAttribute("count", assigned);
        } catch (CampaignRefused e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        redirect.addAttribute("status", status);
        redirect.addAttribute("page", Paging.page(page));
        if (region != null && region.matches("[0-9]{2,9}")) {
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
            redirect.addFlashAttribute("count", campaigns.urgeOutstanding(user, scope, id));
            redirect.addFlashAttribute("message", "campaign.urged");
        } catch (CampaignRefused e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/campaigns/" + id;
    }

    @GetMapping("/{id}/summary")
    String showSummary(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            Locale locale,
            Model model) {
        Campaign campaign = campaigns.load(user, scope, id);
        if (!CampaignService.mayFollow(scope)) {
            throw new AccessDeniedException("Enterprises do not follow the board of campaign " + id);
        }
        facts(campaign, locale, model);
        CampaignBoard.Board summary = board.board(scope, campaign, null, locale);
        model.addAttribute("board", summary);
        model.addAttribute(
                "scopeName", organization.regionName(summary.top(), locale).orElse(summary.top()));
        List<HazardReports.MajorHazard> major = hazards.majorOfCampaign(scope, id, SUMMARY_LIMIT);
        List<CampaignBoard.Outstanding> outstanding = board.outstanding(scope, campaign, null, SUMMARY_LIMIT);
        Set<Long> ids =
                major.stream().map(HazardReports.MajorHazard::enterpriseId).collect(Collectors.toSet());
        outstanding.forEach(o -> ids.add(o.enterpriseId()));
        model.addAttribute("major", major);
        model.addAttribute("outstanding", outstanding);
        model.addAttribute("enterprises", organization.enterpriseRows(ids));
        model.addAttribute("summaryLimit", SUMMARY_LIMIT);
        model.addAttribute("printedOn", today());
        return "campaigns/summary";
    }

    @GetMapping("/{id}/board.xlsx")
    void exportBoard(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Campaign campaign = campaigns.load(user, scope, id);
        if (!CampaignService.mayFollow(scope)) {
            throw new AccessDeniedException("Enterprises do not follow the board of campaign " + id);
        }
        CampaignBoard.Board summary = board.board(scope, campaign, null, locale);
        List<String> rowHeaders = List.of(
                text("campaign.export.name", locale),
                text("campaign.board.targeted", locale),
                text("campaign.board.selfInspected", locale),
                text("campaign.board.visited", locale),
                text("campaign.board.notStarted", locale),
                text("campaign.board.outstanding", locale),
                text("campaign.hazards.total", locale),
                text("campaign.hazards.majorOpen", locale),
                text("campaign.hazards.closed", locale),
                text("campaign.hazards.overdue", locale));
        List<CampaignBoard.Row> totalRow = List.of(new CampaignBoard.Row(
                summary.top(),
                text("campaign.export.total", locale),
                false,
                summary.total(),
                Map.of(
                        "total", summary.hazards().headline().get("total"),
                        "major", figure(summary.hazards(), "major"),
                        "closed", summary.hazards().headline().get("closed"),
                        "overdue", summary.hazards().headline().get("overdue"))));
        List<CampaignBoard.Row> regions = new ArrayList<>(totalRow);
        regions.addAll(summary.byRegion());
        List<CampaignBoard.Row> industries = new ArrayList<>(totalRow);
        industries.addAll(summary.byIndustry());
        List<String> targetHeaders = List.of(
                text("campaign.export.name", locale),
                text("enterprise.creditCode", locale),
                text("enterprise.region", locale),
                text("campaign.board.selfInspected", locale),
                text("campaign.board.visited", locale),
                text("campaign.targets.inspector", locale),
                text("campaign.board.outstanding", locale));
        String yes = text("campaign.yes", locale);
        String no = text("campaign.no", locale);
        TableExport.sendWorkbook(
                response,
                "campaign-" + id,
                List.of(
                        new TableExport.Sheet(text("campaign.board.byRegion", locale), rowHeaders, rows(regions)),
                        new TableExport.Sheet(text("campaign.board.byIndustry", locale), rowHeaders, rows(industries)),
                        new TableExport.Sheet(
                                text("campaign.targets.title", locale),
                                targetHeaders,
                                TableExport.pages(
                                        pageable -> board.targets(
                                                scope, campaign, null, CampaignBoard.Status.ALL, user.id(), pageable),
                                        t -> List.of(
                                                t.enterprise().name(),
                                                t.enterprise().creditCode() == null
                                                        ? ""
                                                        : t.enterprise().creditCode(),
                                                t.enterprise().region().name(locale),
                                                t.selfInspected() ? yes : no,
                                                t.visited() ? yes : no,
                                                t.inspectorName() == null ? "" : t.inspectorName(),
                                                responded(campaign, t) ? no : yes)))));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static boolean responded(Campaign campaign, CampaignBoard.TargetRow t) {
        return (!campaign.getMode().asksSelfInspection() || t.selfInspected())
                && (!campaign.getMode().asksVisits() || t.visited());
    }

    private static HazardDashboard.Figure figure(HazardDashboard.Figures figures, String key) {
        return figures.headline().get(key);
    }

    private static TableExport.Producer rows(List<CampaignBoard.Row> rows) {
        return out -> rows.forEach(r -> out.accept(List.of(
                r.name(),
                r.progress().targeted(),
                r.progress().selfInspected(),
                r.progress().visited(),
                r.progress().notStarted(),
                r.progress().outstanding(),
                count(r, "total"),
                count(r, "major"),
                count(r, "closed"),
                count(r, "overdue"))));
    }

    private static long count(CampaignBoard.Row row, String key) {
        HazardDashboard.Figure figure = row.hazards().get(key);
        return figure == null ? 0 : figure.count();
    }

    private void facts(Campaign campaign, Locale locale, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("today", today());
        model.addAttribute("phase", campaign.phase(today()));
        model.addAttribute(
                "launcher",
                organization.findUnit(campaign.getUnitId()).map(u -> u.name()).orElse(""));
        model.addAttribute(
                "regionName",
                organization.regionName(campaign.getRegionCode(), locale).orElse(""));
        model.addAttribute(
                "templateName", templates.name(campaign.getTemplateId()).orElse(""));
    }

    private String launchForm(Scope scope, LaunchForm form, CampaignService.Selection selection, Model model) {
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
        if (!campaigns.mayLaunch(user, scope)) {
            throw new AccessDeniedException("Not allowed to launch campaigns");
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
