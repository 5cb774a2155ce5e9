package app.redline.accident;

import app.redline.account.SignedInUser;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.FieldProblem;
import app.redline.system.Paging;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import lombok.RequiredArgsConstructor;
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

/** The accidents of the user's scope, recording one, its page and its later reports. */
@Controller
@RequestMapping("/accidents")
@RequiredArgsConstructor
class AccidentController {

    private final Accidents accidents;
    private final AccidentLedger ledger;
    private final OrganizationService organization;

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
    String start(@AuthenticationPrincipal SignedInUser user, Scope scope, @RequestParam long enterprise, Model model) {
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
        if (form.getEnterpriseId() == null) {
            return "redirect:/accidents";
        }
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

    private String page(SignedInUser user, Scope scope, long id, Model model) {
        Accidents.AccidentPage page = accidents.page(user, scope, id);
        model.addAttribute("page", page);
        model.addAttribute("a", page.accident());
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
        EnterpriseRow enterprise = accidents.enterpriseToRecord(user, scope, form.getEnterpriseId());
        model.addAttribute("form", form);
        model.addAttribute("enterprise", enterprise);
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
