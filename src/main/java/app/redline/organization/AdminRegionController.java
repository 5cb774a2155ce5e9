package app.redline.organization;

import app.redline.system.FieldProblem;
import app.redline.system.FormSave;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the region tree of their region. */
@Controller
@RequestMapping("/admin/regions")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AdminRegionController {

    private final RegionAdministration administration;
    private final OrganizationService organization;

    @GetMapping
    String showTree(Scope admin, Model model) {
        model.addAttribute("nodes", administration.tree(admin, organization));
        model.addAttribute("globalAdmin", admin.kind() == Scope.Kind.ALL);
        return "admin/regions/tree";
    }

    @GetMapping("/new")
    String showNew(Scope admin, @RequestParam(required = false) String parent, Model model) {
        RegionForm form = new RegionForm();
        if (parent != null) {
            Region region = administration.load(admin, parent);
            form.setParentCode(region.getCode());
            form.setCode(region.getCode());
        }
        return newForm(admin, form, model);
    }

    @PostMapping
    String create(
            Scope admin,
            @Validated({Default.class, RegionForm.Creation.class}) @ModelAttribute("form") RegionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormSave.save(
                result,
                redirect,
                "region.created",
                () -> "/admin/regions/" + administration.create(admin, form),
                () -> newForm(admin, form, model));
    }

    @GetMapping("/{code}")
    String showRegion(Scope admin, @PathVariable String code, Model model) {
        Region region = administration.load(admin, code);
        return regionPage(admin, region, RegionForm.of(region), model);
    }

    @PostMapping("/{code}")
    String rename(
            Scope admin,
            @PathVariable String code,
            @Valid @ModelAttribute("form") RegionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Region region = administration.load(admin, code);
        if (result.hasErrors()) {
            return regionPage(admin, region, form, model);
        }
        administration.rename(admin, code, form);
        redirect.addFlashAttribute("message", "region.saved");
        return "redirect:/admin/regions/" + code;
    }

    @PostMapping("/{code}/move")
    String move(
            Scope admin,
            @PathVariable String code,
            @RequestParam long version,
            @RequestParam(required = false) String parentCode,
            @RequestParam(required = false) String newCode,
            RedirectAttributes redirect) {
        try {
            String moved = administration.move(admin, code, version, parentCode, newCode);
            redirect.addFlashAttribute("message", "region.moved");
            return "redirect:/admin/regions/" + moved;
        } catch (FieldProblem e) {
            // Back to the region with the move as it was typed, and why it was refused.
            redirect.addFlashAttribute("problem", e.code());
            redirect.addFlashAttribute("moveParent", parentCode);
            redirect.addFlashAttribute("moveCode", newCode);
            return "redirect:/admin/regions/" + code;
        }
    }

    @PostMapping("/{code}/delete")
    String delete(Scope admin, @PathVariable String code, @RequestParam long version, RedirectAttributes redirect) {
        try {
            administration.delete(admin, code, version);
            redirect.addFlashAttribute("message", "region.deleted");
            return "redirect:/admin/regions";
        } catch (FieldProblem e) {
            redirect.addFlashAttribute("problem", e.code());
            return "redirect:/admin/regions/" + code;
        }
    }

    private String newForm(Scope admin, RegionForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("region", null);
        model.addAttribute(
                "parents",
                organization.regionsManagedBy(admin).stream()
                        .filter(r -> r.level() != RegionLevel.TOWN)
                        .toList());
        return "admin/regions/form";
    }

    private String regionPage(Scope admin, Region region, RegionForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("region", region);
        model.addAttribute("unitCount", administration.unitsWithin(region));
        model.addAttribute("hasChildren", administration.hasChildren(region));
        model.addAttribute("history", administration.history(region));
        RegionLevel parentLevel = region.getLevel().ordinal() == 0
                ? null
                : RegionLevel.values()[region.getLevel().ordinal() - 1];
        model.addAttribute(
                "parents",
                organization.regionsManagedBy(admin).stream()
                        .filter(r -> r.level() == parentLevel)
                        .toList());
        return "admin/regions/form";
    }
}
