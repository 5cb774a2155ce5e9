package app.redline.prevention;

import app.redline.account.Recipients;
import app.redline.account.SignedInUser;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.system.FormSave;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An enterprise's risk register (风险分级管控): its risk objects and units, and each unit's events,
 * control measures and investigation tasks. Everyone whose scope holds the enterprise reads it; its
 * safety managers keep it.
 */
@Controller
@RequiredArgsConstructor
class RiskController {

    private final RiskRegister register;
    private final RegisterEdits edits;
    private final Recipients recipients;

    @GetMapping("/enterprises/{id}/risks")
    String showRegister(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        return registerPage(user, scope, id, model);
    }

    @PostMapping("/enterprises/{id}/risks/objects")
    String addObject(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("objectForm") ObjectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormSave.save(
                result,
                redirect,
                "risk.object.added",
                () -> {
                    register.addObject(user, scope, id, form);
                    return "/enterprises/" + id + "/risks";
                },
                () -> registerPage(user, scope, id, model));
    }

    @PostMapping("/enterprises/{id}/risks/units")
    String addUnit(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("unitForm") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormSave.save(
                result,
                redirect,
                "risk.unit.added",
                () -> "/risks/units/" + register.addUnit(user, scope, id, form),
                () -> registerPage(user, scope, id, model));
    }

    @GetMapping("/risks/units/{id}")
    String showUnit(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        return unitPage(user, scope, id, model);
    }

    @PostMapping("/risks/units/{id}")
    String editUnit(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("unitEditForm") UnitEditForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        edits.requireKeeperOfUnit(user, scope, id);
        return unitStep(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "risk.unit.edited",
                () -> edits.editUnit(user, scope, id, form));
    }

    @PostMapping("/risks/units/{id}/tasks/{taskId}/stop")
    String stopTask(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @PathVariable long taskId,
            RedirectAttributes redirect) {
        edits.stopTask(user, scope, id, taskId);
        redirect.addFlashAttribute("message", "risk.task.stopped");
        return "redirect:/risks/units/" + id;
    }

    @PostMapping("/risks/units/{id}/events")
    String addEvent(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("eventForm") EventForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return unitStep(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "risk.event.added",
                () -> register.addEvent(user, scope, id, form));
    }

    @PostMapping("/risks/units/{id}/measures")
    String addMeasure(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("measureForm") MeasureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return unitStep(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "risk.measure.added",
                () -> register.addMeasure(user, scope, id, form));
    }

    @PostMapping("/risks/units/{id}/tasks")
    String addTask(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("taskForm") TaskForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return unitStep(user, scope, id, result, model, redirect, "risk.task.added", () -> {
            long enterprise = register.unit(scope, id).enterprise().id();
            register.addTask(user, scope, id, form, people(enterprise).keySet());
        });
    }

    /** Adds something to a unit: back to the unit's page with a message, or the page again with the form's problems. */
    private String unitStep(
            SignedInUser user,
            Scope scope,
            long id,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String message,
            Runnable step) {
        return FormSave.update(
                result, redirect, message, "/risks/units/" + id, step, () -> unitPage(user, scope, id, model));
    }

    private String registerPage(SignedInUser user, Scope scope, long id, Model model) {
        RiskRegister.Register content = register.register(scope, id);
        model.addAttribute("register", content);
        model.addAttribute("keeps", RiskRegister.keeps(user, scope, id));
        model.addAttribute("objectKinds", ObjectKind.values());
        model.addAttribute("riskLevels", RiskLevel.values());
        if (!model.containsAttribute("objectForm")) {
            model.addAttribute("objectForm", new ObjectForm());
        }
        if (!model.containsAttribute("unitForm")) {
            model.addAttribute("unitForm", new UnitForm());
        }
        return "prevention/register";
    }

    private String unitPage(SignedInUser user, Scope scope, long id, Model model) {
        RiskRegister.UnitPage page = register.unit(scope, id);
        boolean keeps = RiskRegister.keeps(user, scope, page.enterprise().id());
        model.addAttribute("page", page);
        model.addAttribute("keeps", keeps);
        model.addAttribute("methods", AssessmentMethod.values());
        model.addAttribute("measureKinds", MeasureKind.values());
        model.addAttribute("cycles", TaskCycle.values());
        model.addAttribute("people", people(page.enterprise().id()));
        model.addAttribute(
                "hasMeasures",
                page.events().stream().anyMatch(r -> !r.measures().isEmpty()));
        if (!model.containsAttribute("unitEditForm")) {
            model.addAttribute("unitEditForm", new UnitEditForm(page.unit()));
        }
        if (!model.containsAttribute("eventForm")) {
            model.addAttribute("eventForm", new EventForm());
        }
        if (!model.containsAttribute("measureForm")) {
            model.addAttribute("measureForm", new MeasureForm());
        }
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", new TaskForm());
        }
        return "prevention/unit";
    }

    /** The enterprise's users who may be named for a task, by id, with their names. */
    private Map<Long, String> people(long enterpriseId) {
        Map<Long, String> people = new TreeMap<>();
        Recipients.EnterprisePeople found =
                recipients.enterprisePeople(Set.of(enterpriseId)).get(enterpriseId);
        if (found != null) {
            found.byName().forEach((name, ids) -> ids.forEach(userId -> people.put(userId, name)));
        }
        return people.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
