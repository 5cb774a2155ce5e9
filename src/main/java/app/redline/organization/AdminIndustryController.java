package app.redline.organization;

import app.redline.system.FormSave;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The key-industry catalogue: every administrator reads it, a global administrator edits it. */
@Controller
@RequestMapping("/admin/industries")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AdminIndustryController {

    private final IndustryAdministration administration;
    private final OrganizationService organization;

    @GetMapping
    String showList(Scope admin, Model model) {
        model.addAttribute("industries", organization.industryTree());
        model.addAttribute("globalAdmin", admin.kind() == Scope.Kind.ALL);
        return "admin/industries/list";
    }

    @GetMapping("/new")
    String showNew(Scope admin, Model model) {
        return form(admin, new IndustryForm(), null, model);
    }

    @PostMapping
    String create(
            Scope admin,
            @Validated({Default.class, IndustryForm.Creation.class}) @ModelAttribute("form") IndustryForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        IndustryAdministration.requireGlobal(admin);
        return FormSave.save(
                result,
                redirect,
                "industry.saved",
                () -> "/admin/industries/" + administration.create(admin, form),
                () -> form(admin, form, null, model));
    }

    @GetMapping("/{code}")
    String showEdit(Scope admin, @PathVariable String code, Model model) {
        Industry industry = administration.load(code);
        return form(admin, IndustryForm.of(industry), industry, model);
    }

    @PostMapping("/{code}")
    String update(
            Scope admin,
            @PathVariable String code,
            @Valid @ModelAttribute("form") IndustryForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        IndustryAdministration.requireGlobal(admin);
        Industry industry = administration.load(code);
        form.setCode(industry.getCode());
        return FormSave.update(
                result,
                redirect,
                "industry.saved",
                "/admin/industries/" + code,
                () -> administration.update(admin, code, form),
                () -> form(admin, form, industry, model));
    }

    private String form(Scope admin, IndustryForm form, Industry industry, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("industry", industry);
        model.addAttribute("history", industry == null ? List.of() : administration.history(industry));
        model.addAttribute("parents", organization.industryTree());
        model.addAttribute("globalAdmin", admin.kind() == Scope.Kind.ALL);
        return "admin/industries/form";
    }
}
