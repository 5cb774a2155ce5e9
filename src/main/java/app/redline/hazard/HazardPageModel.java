package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import app.redline.standard.StandardCatalogue;
import java.util.List;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hazard page's model: the page, and a form for each step of the loop. A form the request
 * bound (refused, with the user's input and its errors) stays as it is; the others start from the
 * hazard's version.
 */
@Component
@RequiredArgsConstructor
class HazardPageModel {

    private final HazardPages pages;
    private final StandardCatalogue standards;
    private final List<HazardOrigin> origins;

    /** The page in one read-only transaction: one state of the hazard. */
    @Transactional(readOnly = true)
    String show(SignedInUser user, Scope scope, long id, Model model) {
        HazardPage page = pages.page(user, scope, id);
        long version = page.hazard().getVersion();
        model.addAttribute("page", page);
        model.addAttribute("h", page.hazard());
        form(model, "plan", version, () -> {
            PlanForm plan = new PlanForm();
            plan.setDeadline(page.hazard().getOrderedDeadline());
            return plan;
        });
        form(model, "evidence", version, EvidenceForm::new);
        form(model, "acceptance", version, AcceptanceForm::new);
        form(model, "rejection", version, RejectionForm::new);
        form(model, "extension", version, ExtensionForm::new);
        form(model, "decision", version, ExtensionDecisionForm::new);
        form(model, "listing", version, ListingForm::new);
        form(model, "majorReport", version, MajorReportForm::new);
        form(model, "evaluation", version, () -> {
            EvaluationForm evaluation = new EvaluationForm();
            evaluation.setEvaluatedOn(page.today());
            return evaluation;
        });
        form(model, "restartRequest", version, ClosingRequestForm::new);
        form(model, "restartDecision", version, ClosingDecisionForm::new);
        form(model, "writeOffRequest", version, ClosingRequestForm::new);
        form(model, "writeOffCheck", version, ClosingDecisionForm::new);
        form(model, "writeOffDecision", version, ClosingDecisionForm::new);
        model.addAttribute("closings", page.closings());
        model.addAttribute(
                "judgementClause",
                standards.find(page.hazard().getJudgementClauseId()).orElse(null));
        // Only a hazard reported from another page has come from one (V51).
        model.addAttribute(
                "origins",
                page.hazard().getOrigin() == null
                        ? List.of()
                        : origins.stream()
                                .flatMap(o -> o.of(user, scope, id).stream())
                                .toList());
        model.addAttribute("majorReportFiled", page.majorReport());
        model.addAttribute("mayFileMajorReport", MajorReports.mayFile(user, page.hazard()));
        return "hazards/detail";
    }

    /**
     * Takes a step whose form passed its checks: done, back to the hazard page with the message;
     * refused (by the form or by the hazard), the page again with the form as the user sent it.
     */
    String step(
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
                return "redirect:/hazards/" + id;
            } catch (HazardRefused refused) {
                refuse(refused, result, model);
            }
        }
        return show(user, scope, id, model);
    }

    /**
     * Puts a step's refusal on its form: a problem with a field under that field, any other above
     * the page.
     */
    private static void refuse(HazardRefused refused, BindingResult result, Model model) {
        for (HazardRefused problem : refused.all()) {
            if (problem.field() != null
                    && result.getTarget() != null
                    && new BeanWrapperImpl(result.getTarget()).isReadableProperty(problem.field())) {
                result.rejectValue(problem.field(), problem.code(), problem.args(), null);
            } else {
                model.addAttribute("problem", problem.code());
                model.addAttribute("problemArgs", problem.args());
            }
        }
    }

    private static void form(Model model, String name, long version, Supplier<StepForm> fresh) {
        if (!model.containsAttribute(name)) {
            StepForm form = fresh.get();
            form.setVersion(version);
            model.addAttribute(name, form);
        }
    }
}
