package app.redline.accident;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.FieldProblem;
import app.redline.system.Paging;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
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

/** The accidents of the user's scope, recording one, its page and its later reports. */
@Controller
@RequestMapping("/accidents")
@RequiredArgsConstructor
class AccidentController {

    private final Accidents accidents;
    private final AccidentLedger ledger;
    private final OrganizationService organization;
    private final TraceBack traceBack;
    private final Accountability accountability;
    private final AccidentPageModel pages;

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
        return pages.show(user, scope, id, model);
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
        return pages.step(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "accident.reported",
                () -> accidents.report(user, scope, id, form));
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
        return pages.step(
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
        return pages.step(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "accountability.recorded",
                () -> accountability.record(user, scope, id, form));
    }

    private String form(SignedInUser user, Scope scope, AccidentForm form, Model model) {
        if (form.getEnterpriseId() == null) {
            // At a place that is not an enterprise: the departments' and governments' only.
            if (!accidents.isSupervising(user) || scope.isSingleEnterprise()) {
                throw new AccessDeniedException("Not a department or government");
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

    static void reject(BindingResult result, FieldProblem refused) {
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
