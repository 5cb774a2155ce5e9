package app.redline.accident;

import app.redline.account.SignedInUser;
import app.redline.campaign.CampaignService;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.FieldProblem;
import app.redline.system.Paging;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The accidents of the user's scope, recording one, its page and its later reports. */
@Controller
@RequestMapping("/accidents")
@RequiredArgsConstructor
class AccidentController {

    private final Accidents accidents;
    private final AccidentLedger ledger;
    private final OrganizationService organization;
    private final TraceBack traceBack;
    private final AccidentCampaigns campaigns;
    private final CampaignService campaignService;
    private final MessageSource messages;
    private final Accountability accountability;

    @GetMapping
    String list(
            Scope scope,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AccidentLedger.Filter filter =
                new AccidentLedger.Filter(parse(AccidentLevel.class, level), parse(AccidentType.class, type), region);
        model.addAttribute("filter", filter);
        model.addAttribute("levels", AccidentLevel.values());
        model.addAttribute("types", AccidentType.values());
        model.addAttribute(
                "regions", scope.isSingleEnterprise() ? java.util.List.of() : organization.regionChoices(scope));
        model.addAttribute("accidents", ledger.list(scope, filter, PageRequest.of(Paging.page(page), 50)));
        return "accidents/list";
    }

    @GetMapping("/new")
    String start(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @RequestParam(required = false) Long enterprise,
            Model model) {
        AccidentForm form = new AccidentForm();
        form.setEnterpriseId(enterprise);
        LocalDateTime now = LocalDateTime.now(accidents.zone()).truncatedTo(ChronoUnit.MINUTES);
        form.setReportedAt(now);
        return form(user, scope, form, model);
    }

    @PostMapping
    String record(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @Valid @ModelAttribute("form") AccidentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Long id = accidents.record(user, scope, form);
                redirect.addFlashAttribute("message", "accident.recorded");
                return "redirect:/accidents/" + id;
            } catch (FieldProblem refused) {
                reject(result, refused);
            }
        }
        return form(user, scope, form, model);
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        return page(user, scope, id, model);
    }

    /** What Redline knew about the enterprise before the accident, to print. */
    @GetMapping("/{id}/trace-back")
    String traceBack(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("t", traceBack.of(scope, id));
        return "accidents/trace-back";
    }

    @PostMapping("/{id}/reports")
    String report(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("report") ReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accidents.report(user, scope, id, form);
                redirect.addFlashAttribute("message", "accident.reported");
                return "redirect:/accidents/" + id;
            } catch (FieldProblem refused) {
                reject(result, refused);
            }
        }
        return page(user, scope, id, model);
    }

    /** The campaign form, prefilled from the accident: its title, why, the enterprise's industries. */
    private String launch(Accidents.AccidentPage page, Locale locale) {
        Accident a = page.accident();
        String type = messages.getMessage("AccidentType." + a.getType(), null, locale);
        String level = messages.getMessage("AccidentLevel." + a.getLevel(), null, locale);
        String title =
                messages.getMessage("accident.campaign.title", new Object[] {page.enterpriseName(), type}, locale);
        String reason = messages.getMessage(
                "accident.campaign.reason",
                new Object[] {
                    LocalDate.ofInstant(a.getOccurredAt(), accidents.zone()).toString(),
                    page.enterpriseName(),
                    type,
                    level,
                    a.getSummary()
                },
                locale);
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/campaigns/new")
                .queryParam("origin", AccidentCampaigns.origin(a.getId()))
                .queryParam("title", title.length() > 200 ? title.substring(0, 200) : title)
                .queryParam("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        for (String industry : a.getIndustries()) {
            uri.queryParam("industryCodes", industry);
        }
        return uri.encode().build().toUriString();
    }

    /** The investigation report, as approved (a later one supersedes). */
    @PostMapping("/{id}/investigation")
    String investigate(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("investigation") InvestigationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("opened", "investigation");
        return after(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "accident.investigation.recorded",
                () -> accountability.investigate(user, scope, id, form));
    }

    /** The investigation report's document, for whoever sees the accident. */
    @GetMapping("/{id}/investigation/{investigationId}/document")
    void document(
            Scope scope,
            @PathVariable long id,
            @PathVariable long investigationId,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        if (!accountability.sendDocument(scope, id, investigationId, response)) {
            throw new AccidentNotFoundException(id);
        }
    }

    /** Who was held to account, and how. */
    @PostMapping("/{id}/accountability")
    String holdToAccount(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("accountableForm") AccountabilityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("opened", "accountability");
        return after(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "accountability.recorded",
                () -> accountability.record(user, scope, id, form));
    }

    private String after(
            SignedInUser user,
            Scope scope,
            long id,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable step) {
        if (!result.hasErrors()) {
            try {
                step.run();
                redirect.addFlashAttribute("message", done);
                return "redirect:/accidents/" + id;
            } catch (FieldProblem refused) {
                reject(result, refused);
            }
        }
        return page(user, scope, id, model);
    }

    private String page(SignedInUser user, Scope scope, long id, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Accidents.AccidentPage page = accidents.page(user, scope, id);
        model.addAttribute("page", page);
        model.addAttribute("a", page.accident());
        model.addAttribute("campaigns", campaigns.of(id));
        model.addAttribute("accountabilities", accountability.of(id));
        model.addAttribute(
                "investigationReport", accountability.investigation(id).orElse(null));
        if (accountability.mayDecide(user, scope, page.accident().getEnterpriseId())) {
            model.addAttribute("mayDecide", true);
            model.addAttribute("units", accountability.choices(page.accident()));
            model.addAttribute("measures", Accountability.Measure.values());
            model.addAttribute("natures", Accountability.Nature.values());
            model.addAttribute("kinds", Accountability.SubjectKind.values());
            if (!model.containsAttribute("investigation")) {
                model.addAttribute("investigation", new InvestigationForm());
            }
            if (!model.containsAttribute("accountableForm")) {
                AccountabilityForm form = new AccountabilityForm();
                form.setDecidedOn(accidents.today());
                model.addAttribute("accountableForm", form);
            }
        }
        if (campaignService.mayLaunch(user, scope)) {
            model.addAttribute("launch", launch(page, locale));
        }
        if (!model.containsAttribute("report")) {
            ReportForm report = new ReportForm();
            report.setKind(page.mayReportUpward() ? AccidentReport.Kind.UPWARD : AccidentReport.Kind.FOLLOW_UP);
            report.setReportedAt(LocalDateTime.now(accidents.zone()).truncatedTo(ChronoUnit.MINUTES));
            report.setDeaths(page.accident().getDeaths());
            report.setSeriousInjuries(page.accident().getSeriousInjuries());
            report.setMinorInjuries(page.accident().getMinorInjuries());
            report.setDirectLoss(page.accident().getDirectLoss());
            report.setVersion(page.accident().getVersion());
            model.addAttribute("report", report);
        }
        return "accidents/detail";
    }

    private String form(SignedInUser user, Scope scope, AccidentForm form, Model model) {
        if (form.getEnterpriseId() == null) {
            // At a place that is not an enterprise: the departments' and governments' only.
            if (!accidents.isSupervising(user) || scope.isSingleEnterprise()) {
                throw new org.springframework.security.access.AccessDeniedException("Not a department or government");
            }
            model.addAttribute("regions", organization.regionChoices(scope));
            model.addAttribute("industries", organization.industryTree());
        } else {
            model.addAttribute("enterprise", accidents.enterpriseToRecord(user, scope, form.getEnterpriseId()));
        }
        model.addAttribute("form", form);
        model.addAttribute("types", AccidentType.values());
        return "accidents/form";
    }

    private static void reject(BindingResult result, FieldProblem refused) {
        if (refused.field() == null) {
            result.reject(refused.code());
        } else {
            result.rejectValue(refused.field(), refused.code());
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
