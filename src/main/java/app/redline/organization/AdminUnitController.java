package app.redline.organization;

import app.redline.system.FormSave;
import app.redline.system.Paging;
import app.redline.system.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** Administrators keep the units of their region: enterprises, departments and governments. */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AdminUnitController {

    static final int PAGE_SIZE = 25;
    static final Sort ORDER = Sort.by(Unit_.TYPE, Unit_.NAME, Unit_.ID);

    private final UnitAdministration administration;
    private final OrganizationService organization;
    private final MessageSource messages;
    private final Responsibilities responsibilities;

    @GetMapping
    String showList(
            Scope admin,
            @ModelAttribute("filter") UnitFilter filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (filter.supervisedBy() != null) {
            model.addAttribute("supervisor", administration.load(admin, filter.supervisedBy()));
        }
        model.addAttribute(
                "units", administration.search(admin, filter, PageRequest.of(Paging.page(page), PAGE_SIZE, ORDER)));
        model.addAttribute("types", UnitType.administered());
        model.addAttribute("regions", organization.regionsManagedBy(admin));
        model.addAttribute("industries", organization.industryTree());
        return "admin/units/list";
    }

    @GetMapping("/export.xlsx")
    void export(Scope admin, UnitFilter filter, Locale locale, HttpServletResponse response) throws IOException {
        if (filter.supervisedBy() != null) {
            administration.load(admin, filter.supervisedBy());
        }
        List<String> headers = Stream.of(
                        "unit.name",
                        "unit.type",
                        "enterprise.creditCode",
                        "unit.region",
                        "unit.regionCode",
                        "enterprise.industries",
                        "enterprise.riskLevel",
                        "enterprise.address",
                        "enterprise.principal",
                        "enterprise.safetyManager",
                        "enterprise.phone",
                        "unit.status")
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
        TableExport.send(
                response,
                TableExport.Format.XLSX,
                "units",
                messages.getMessage("unit.list.title", null, locale),
                headers,
                TableExport.pages(
                        page -> administration.search(
                                admin, filter, PageRequest.of(page.getPageNumber(), page.getPageSize(), ORDER)),
                        u -> Arrays.asList(
                                u.name(),
                                messages.getMessage("UnitType." + u.type(), null, locale),
                                u.creditCode(),
                                u.region() == null ? null : u.region().name(locale),
                                u.region() == null ? null : u.region().code(),
                                u.comprehensive()
                                        ? messages.getMessage("unit.comprehensive.short", null, locale)
                                        : u.industries().stream()
                                                .map(i -> i.name(locale))
                                                .collect(Collectors.joining("、")),
                                u.riskLevel() == null
                                        ? null
                                        : messages.getMessage("RiskLevel." + u.riskLevel(), null, locale),
                                u.address(),
                                u.principal(),
                                u.safetyManager(),
                                u.phone(),
                                messages.getMessage(
                                        u.active() ? "unit.status.active" : "unit.status.inactive", null, locale))));
    }

    @GetMapping("/new")
    String showNew(Scope admin, @RequestParam(defaultValue = "ENTERPRISE") UnitType type, Model model) {
        UnitForm form = new UnitForm();
        form.setType(type == UnitType.OPERATOR ? UnitType.ENTERPRISE : type);
        return form(admin, form, null, model);
    }

    @PostMapping
    String create(
            Scope admin,
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormSave.save(
                result,
                redirect,
                "unit.created",
                () -> "/admin/units/" + administration.create(admin, form),
                () -> form(admin, form, null, model));
    }

    @GetMapping("/{id}")
    String showEdit(Scope admin, @PathVariable long id, Model model) {
        Unit unit = administration.load(admin, id);
        return form(admin, UnitForm.of(unit), unit, model);
    }

    @PostMapping("/{id}")
    String update(
            Scope admin,
            @PathVariable long id,
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Unit unit = administration.load(admin, id);
        form.setType(unit.getType());
        return FormSave.update(
                result,
                redirect,
                "unit.saved",
                "/admin/units/" + id,
                () -> administration.update(admin, id, form),
                () -> form(admin, form, unit, model));
    }

    @PostMapping("/{id}/active")
    String setActive(
            Scope admin,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam boolean active,
            RedirectAttributes redirect) {
        administration.setActive(admin, id, version, active);
        redirect.addFlashAttribute("message", active ? "unit.activated" : "unit.deactivated");
        return "redirect:/admin/units/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(Scope admin, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            administration.delete(admin, id, version);
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("problem", "unit.delete.inUse");
            return "redirect:/admin/units/" + id;
        }
        redirect.addFlashAttribute("message", "unit.deleted");
        return "redirect:/admin/units";
    }

    @GetMapping("/{id}/responsibilities")
    String showResponsibilities(Scope admin, @PathVariable long id, Model model) {
        Unit unit = administration.load(admin, id);
        model.addAttribute("unit", UnitRow.of(unit));
        switch (unit.getType()) {
            case ENTERPRISE -> {
                model.addAttribute("supervisors", responsibilities.supervisorsOf(unit));
                model.addAttribute("industrySupervised", responsibilities.hasIndustrySupervisor(unit));
            }
            case DEPARTMENT, GOVERNMENT -> {
                model.addAttribute("enterpriseCount", responsibilities.enterpriseCount(unit));
                model.addAttribute("subRegions", responsibilities.subRegions(unit));
            }
            case OPERATOR -> {}
        }
        return "admin/units/responsibilities";
    }

    private String form(Scope admin, UnitForm form, Unit unit, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("history", unit == null ? List.of() : administration.history(unit));
        model.addAttribute("regions", organization.regionsManagedBy(admin));
        model.addAttribute("industries", organization.industryTree());
        model.addAttribute("riskLevels", RiskLevel.values());
        return "admin/units/form";
    }
}
