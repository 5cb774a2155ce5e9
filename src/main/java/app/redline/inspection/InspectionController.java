package app.redline.inspection;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inspections: the list of the user's scope, a new inspection, and filling in its checklist. */
@Controller
@RequestMapping("/inspections")
@RequiredArgsConstructor
class InspectionController {

    private final InspectionService inspections;
    private final NoticeService notices;
    private final OrganizationService organization;
    private final Clock clock;

    @GetMapping
    String showList(
            Scope scope,
            @RequestParam(required = false) Long enterprise,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "inspections",
                inspections.list(
                        scope,
                        enterprise,
                        PageRequest.of(
                                Math.max(page, 0),
                                25,
                                Sort.by(Sort.Order.desc("inspectedOn"), Sort.Order.desc("id")))));
        model.addAttribute("enterprise", enterprise);
        return "inspections/list";
    }

    @GetMapping("/new")
    String showNew(
            @AuthenticationPrincipal SignedInUser user, Scope scope, @RequestParam long enterprise, Model model) {
        if (!inspections.mayInspect(user, scope, enterprise)) {
            throw new AccessDeniedException("May not inspect " + enterprise);
        }
        InspectionForm form = new InspectionForm();
        form.setEnterpriseId(enterprise);
        form.setInspectedOn(LocalDate.now(clock));
        form.setInspectors(user.displayName());
        if (user.unitId().equals(enterprise)) {
            form.setType(InspectionType.SELF_INSPECTION);
        }
        return newForm(scope, form, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @Valid @ModelAttribute("form") InspectionForm form,
            BindingResult result,
            Model model) {
        if (form.getEnterpriseId() == null) {
            throw new InspectionNotFoundException(null);
        }
        if (!result.hasErrors()) {
            try {
                return "redirect:/inspections/" + inspections.create(user, scope, form);
            } catch (InspectionRefused e) {
                result.reject(e.code());
            }
        }
        return newForm(scope, form, model);
    }

    @GetMapping("/{id}")
    String showInspection(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("page", inspections.page(user, scope, id));
        model.addAttribute("outcomes", Inspection.Outcome.values());
        return "inspections/detail";
    }

    @PostMapping("/{id}")
    String save(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String summary,
            @RequestParam(defaultValue = "false") boolean complete,
            @RequestParam Map<String, String> params,
            @RequestParam Map<String, MultipartFile> files,
            RedirectAttributes redirect) {
        Map<Long, Inspection.Result> results = new HashMap<>();
        Map<Long, MultipartFile> photos = new HashMap<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getKey().startsWith("outcome_")) {
                Long item = itemId(param.getKey());
                Inspection.Outcome outcome = outcome(param.getValue());
                String note = params.get("note_" + item);
                if (note != null && note.length() > 500) {
                    redirect.addFlashAttribute("problem", "hazard.field.tooLong");
                    return "redirect:/inspections/" + id;
                }
                if (item != null && outcome != null) {
                    results.put(
                            item, new Inspection.Result(outcome, note == null || note.isBlank() ? null : note.strip()));
                }
            }
        }
        files.forEach((name, file) -> {
            Long item = name.startsWith("photo_") ? itemId(name) : null;
            if (item != null && !file.isEmpty()) {
                photos.put(item, file);
            }
        });
        if (summary != null && summary.length() > 2000) {
            redirect.addFlashAttribute("problem", "hazard.field.tooLong");
            return "redirect:/inspections/" + id;
        }
        try {
            inspections.save(user, scope, id, version, results, summary, complete, photos);
            redirect.addFlashAttribute("message", complete ? "inspection.completed.done" : "inspection.saved");
        } catch (InspectionRefused e) {
            redirect.addFlashAttribute("problem", e.code());
        } catch (app.redline.hazard.HazardRefused e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/inspections/" + id;
    }

    @GetMapping("/{id}/notice")
    String showNotice(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        NoticeService.NoticePage page = notices.page(user, scope, id);
        model.addAttribute("page", page);
        model.addAttribute("defaultDeadline", LocalDate.now(clock).plusDays(15));
        model.addAttribute("defaultReinspection", LocalDate.now(clock).plusDays(20));
        return "inspections/notice";
    }

    @PostMapping("/{id}/notice")
    String issueNotice(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam(required = false) String requirements,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    LocalDate deadline,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    LocalDate reinspection,
            RedirectAttributes redirect) {
        try {
            notices.issue(user, scope, id, requirements, deadline, reinspection);
            redirect.addFlashAttribute("message", "notice.issued.done");
        } catch (InspectionRefused e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/inspections/" + id + "/notice";
    }

    private String newForm(Scope scope, InspectionForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("enterprise", organization.enterprise(scope, form.getEnterpriseId()));
        model.addAttribute("templates", inspections.templatesFor(form.getEnterpriseId(), scope));
        model.addAttribute("types", InspectionType.values());
        return "inspections/form";
    }

    private static Long itemId(String name) {
        try {
            return Long.valueOf(name.substring(name.indexOf('_') + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Inspection.Outcome outcome(String value) {
        try {
            return Inspection.Outcome.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
