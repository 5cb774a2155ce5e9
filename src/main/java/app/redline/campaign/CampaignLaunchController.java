package app.redline.campaign;

import app.redline.account.SignedInUser;
import app.redline.inspection.ChecklistTemplates;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Launching a campaign: the form (prefilled when another page launches it, an accident's), the
 * preview of its targets, and the launch itself — for the supervisors who may launch.
 */
@Controller
@RequestMapping("/campaigns")
@RequiredArgsConstructor
class CampaignLaunchController {

    private final CampaignAccess access;
    private final CampaignLaunches launches;
    private final ChecklistTemplates templates;
    private final OrganizationService organization;
    private final Clock clock;

    @GetMapping("/new")
    String showLaunchForm(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @ModelAttribute("form") LaunchForm form,
            BindingResult prefilled,
            Model model) {
        requireLaunch(user, scope);
        // The page it is launched from (an accident) may prefill it through the address; the user
        // changes what they will, and the launch checks it all.
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
}
