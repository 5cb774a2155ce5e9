package app.redline.inspection;

import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.standard.ClauseGroup;
import app.redline.standard.StandardCatalogue;
import app.redline.standard.StandardClause;
import app.redline.system.FieldProblem;
import app.redline.system.FormSave;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Checklist templates: every administrator reads them, a global administrator edits and copies them. */
@Controller
@RequestMapping("/admin/templates")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AdminTemplateController {

    private final TemplateAdministration administration;
    private final OrganizationService organization;
    private final MessageSource messages;
    private final StandardCatalogue standards;

    @GetMapping
    String showList(Scope admin, Model model) {
        model.addAttribute("templates", administration.current());
        model.addAttribute("globalAdmin", admin.kind() == Scope.Kind.ALL);
        return "admin/templates/list";
    }

    @GetMapping("/new")
    String showNew(Scope admin, Model model) {
        return form(admin, new TemplateForm().withBlankRows(), null, model);
    }

    @PostMapping
    String create(
            Scope admin,
            @Valid @ModelAttribute("form") TemplateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        TemplateAdministration.requireGlobal(admin);
        return FormSave.save(
                result,
                redirect,
                "template.saved",
                () -> "/admin/templates/" + administration.create(admin, form),
                () -> form(admin, form.withBlankRows(), null, model));
    }

    @GetMapping("/{id}")
    String showTemplate(Scope admin, @PathVariable long id, Model model) {
        ChecklistTemplate template = administration.load(id);
        return form(admin, TemplateForm.of(template), template, model);
    }

    @PostMapping("/{id}")
    String update(
            Scope admin,
            @PathVariable long id,
            @Valid @ModelAttribute("form") TemplateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        TemplateAdministration.requireGlobal(admin);
        ChecklistTemplate template = administration.load(id);
        if (!result.hasErrors()) {
            try {
                Long saved = administration.update(admin, id, form);
                redirect.addFlashAttribute("message", saved == id ? "template.saved" : "template.newVersion");
                return "redirect:/admin/templates/" + saved;
            } catch (FieldProblem e) {
                result.reject(e.code());
            }
        }
        return form(admin, form.withBlankRows(), template, model);
    }

    @PostMapping("/{id}/copy")
    String copy(Scope admin, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        TemplateAdministration.requireGlobal(admin);
        ChecklistTemplate source = administration.load(id);
        String name = messages.getMessage("template.copyName", new Object[] {source.getName()}, locale);
        Long copy = administration.copy(admin, id, name.length() > 200 ? name.substring(0, 200) : name);
        redirect.addFlashAttribute("message", "template.copied");
        return "redirect:/admin/templates/" + copy;
    }

    private String form(Scope admin, TemplateForm form, ChecklistTemplate template, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("template", template);
        model.addAttribute("used", template != null && administration.isUsed(template));
        model.addAttribute("industries", organization.industryTree());
        model.addAttribute("globalAdmin", admin.kind() == Scope.Kind.ALL);
        List<ClauseGroup> groups = standards.current();
        Set<Long> offered = groups.stream()
                .flatMap(g -> g.clauses().stream())
                .map(StandardClause::id)
                .collect(Collectors.toSet());
        // A clause of an edition since superseded stays selectable where the template names it.
        model.addAttribute("clauseGroups", groups);
        model.addAttribute(
                "olderClauses",
                form.getItems().stream()
                        .map(TemplateForm.ItemRow::getStandardClauseId)
                        .filter(id -> id != null && !offered.contains(id))
                        .distinct()
                        .flatMap(id -> standards.find(id).stream())
                        .toList());
        return "admin/templates/form";
    }
}
