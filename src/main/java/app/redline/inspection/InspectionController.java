package app.redline.inspection;

import app.redline.account.SignedInUser;
import app.redline.hazard.HazardRefused;
import app.redline.hazard.HazardReports;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/** Inspections: the list of the user's scope, a new inspection, and filling in its checklist. */
@Controller
@RequestMapping("/inspections")
@RequiredArgsConstructor
class InspectionController {

    static final int LOCATION_LENGTH = 300;

    private final InspectionService inspections;
    private final InspectionDrafts drafts;
    private final OrganizationService organization;
    private final Clock clock;
    private final MessageSource messages;

    /** The longest note an item takes. */
    static final int NOTE_LENGTH = 500;

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
                                Paging.page(page),
                                25,
                                Sort.by(Sort.Order.desc(Inspection_.INSPECTED_ON), Sort.Order.desc(Inspection_.ID)))));
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
        // A running campaign that targets the enterprise is offered first: its visit (or
        // self-inspection) made from here counts on its board.
        inspections.campaignsFor(user, scope, enterprise).stream().findFirst().ifPresent(c -> {
            form.setCampaignId(c.id());
            form.setTemplateId(c.templateId());
        });
        return newForm(user, scope, form, model);
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
        return newForm(user, scope, form, model);
    }

    @GetMapping("/{id}")
    String showInspection(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("page", inspections.page(user, scope, id));
        model.addAttribute("outcomes", Inspection.Outcome.values());
        return "inspections/detail";
    }

    /**
     * Saves the checklist as a draft first (answers, notes, photos: nothing the inspector gave is
     * lost), then, when asked, completes it. Every item at fault is named at once on the page.
     */
    @PostMapping("/{id}")
    String save(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String summary,
            @RequestParam(defaultValue = "false") boolean complete,
            @RequestParam(name = "removePhoto", required = false) List<Long> removePhoto,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        Map<Long, Inspection.Result> results = new HashMap<>();
        List<InspectionRefused.ItemProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> param : params.entrySet()) {
            Long item = param.getKey().startsWith("outcome_") ? FormValues.itemId(param.getKey()) : null;
            Inspection.Outcome outcome = FormValues.outcome(param.getValue());
            if (item == null || outcome == null) {
                continue;
            }
            String note = params.get("note_" + item);
            if (note != null && note.length() > NOTE_LENGTH) {
                problems.add(new InspectionRefused.ItemProblem(item, "inspection.item.noteTooLong", NOTE_LENGTH));
                note = note.substring(0, NOTE_LENGTH);
            }
            String location = params.get("location_" + item);
            if (location != null && location.length() > LOCATION_LENGTH) {
                problems.add(
                        new InspectionRefused.ItemProblem(item, "inspection.item.locationTooLong", LOCATION_LENGTH));
                location = location.substring(0, LOCATION_LENGTH);
            }
            results.put(
                    item,
                    new Inspection.Result(
                            outcome,
                            note == null || note.isBlank() ? null : note.strip(),
                            location == null || location.isBlank() ? null : location.strip(),
                            FormValues.category(params.get("category_" + item))));
        }
        Map<Long, List<MultipartFile>> photos = new HashMap<>();
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        if (multipart != null) {
            multipart.getMultiFileMap().forEach((name, files) -> {
                Long item = name.startsWith("photo_") ? FormValues.itemId(name) : null;
                if (item != null) {
                    photos.put(item, files);
                }
            });
        }
        if (summary != null && summary.length() > 2000) {
            redirect.addFlashAttribute("problem", "hazard.field.tooLong");
            return "redirect:/inspections/" + id;
        }
        try {
            InspectionDrafts.ItemPhotos kept = drafts.keepPhotos(user, scope, id, photos);
            problems.addAll(kept.problems());
            problems.addAll(drafts.saveDraft(
                    user,
                    scope,
                    id,
                    version,
                    results,
                    summary,
                    kept.kept(),
                    removePhoto == null ? Set.of() : Set.copyOf(removePhoto)));
            if (!problems.isEmpty()) {
                return refused(id, "inspection.saved.withProblems", problems, locale, redirect);
            }
            if (complete) {
                inspections.complete(user, scope, id);
            }
            redirect.addFlashAttribute("message", complete ? "inspection.completed.done" : "inspection.saved");
        } catch (InspectionRefused e) {
            if (!e.items().isEmpty()) {
                return refused(id, e.code(), e.items(), locale, redirect);
            }
            redirect.addFlashAttribute("problem", e.code());
        } catch (HazardRefused e) {
            redirect.addFlashAttribute("problem", e.code());
            redirect.addFlashAttribute("problemArgs", e.args());
        }
        return "redirect:/inspections/" + id;
    }

    /** A photo of a checklist item (or its thumbnail), after the scope check. */
    @GetMapping({"/{id}/photos/{photoId}", "/{id}/photos/{photoId}/thumb"})
    void photo(
            Scope scope,
            @PathVariable long id,
            @PathVariable long photoId,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        HazardReports.PhotoFile file =
                drafts.photoFile(scope, id, photoId, request.getRequestURI().endsWith("/thumb"));
        file.send(response);
    }

    /** Back to the checklist, with every item's problems in the reader's language next to the item. */
    private String refused(
            long id,
            String code,
            List<InspectionRefused.ItemProblem> problems,
            Locale locale,
            RedirectAttributes redirect) {
        Map<Long, List<String>> byItem = new LinkedHashMap<>();
        for (InspectionRefused.ItemProblem problem : problems) {
            byItem.computeIfAbsent(problem.itemId(), k -> new ArrayList<>())
                    .add(messages.getMessage(problem.code(), problem.args(), locale));
        }
        redirect.addFlashAttribute("problem", code);
        redirect.addFlashAttribute("problemArgs", new Object[] {byItem.size()});
        redirect.addFlashAttribute("itemProblems", byItem);
        return "redirect:/inspections/" + id;
    }

    private String newForm(SignedInUser user, Scope scope, InspectionForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("campaigns", inspections.campaignsFor(user, scope, form.getEnterpriseId()));
        model.addAttribute("enterprise", organization.enterprise(scope, form.getEnterpriseId()));
        model.addAttribute("templates", inspections.templatesFor(form.getEnterpriseId(), scope));
        model.addAttribute("types", InspectionType.values());
        return "inspections/form";
    }
}
