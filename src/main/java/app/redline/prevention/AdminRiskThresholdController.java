package app.redline.prevention;

import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.system.FieldProblem;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where each risk level begins, for LS and LEC, with the LS matrix they give. */
@Controller
@RequestMapping("/admin/risk-thresholds")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AdminRiskThresholdController {

    private final RiskThresholdAdministration administration;

    @GetMapping
    String show(Scope admin, Model model) {
        return page(admin, administration.current(), model);
    }

    @PostMapping
    String save(
            Scope admin,
            @Valid @ModelAttribute("form") ThresholdForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        RiskThresholdAdministration.requireGlobal(admin);
        if (!result.hasErrors()) {
            try {
                int changed = administration.save(admin, form);
                redirect.addFlashAttribute("message", "threshold.saved");
                redirect.addFlashAttribute("messageArgs", new Object[] {changed});
                return "redirect:/admin/risk-thresholds";
            } catch (FieldProblem problem) {
                result.rejectValue(problem.field(), problem.code());
            }
        }
        return page(admin, form, model);
    }

    private String page(Scope admin, ThresholdForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("globalAdmin", admin.kind() == Scope.Kind.ALL);
        model.addAttribute("matrix", administration.lsMatrix());
        model.addAttribute("riskLevels", RiskLevel.values());
        return "admin/risk-thresholds";
    }
}
