package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.standard.StandardCatalogue;
import app.redline.system.QueryRecord;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hazard ledger and its export, the report form, the hazard page and its photos. The steps of
 * the loop are {@link HazardStepController}'s.
 */
@Controller
@RequestMapping("/hazards")
@RequiredArgsConstructor
class HazardController {

    static final int PAGE_SIZE = 25;

    private final HazardService hazards;
    private final OrganizationService organization;
    private final HazardExport exports;
    private final PhotoUploads uploads;
    private final HazardPageModel pageModel;
    private final LedgerPage ledgerPage;
    private final HazardPhotos photos;
    private final StandardCatalogue standards;

    @GetMapping
    String showLedger(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @QueryRecord.Lenient HazardFilter bound,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "reported") String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ledgerPage.fill(user, scope, bound, mine, sort, page, model);
        return "hazards/list";
    }

    /** The ledger with the filters on screen, every row of the scope, as .xlsx or .csv. */
    @GetMapping("/export.{format}")
    void export(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable String format,
            HazardFilter bound,
            @RequestParam(defaultValue = "false") boolean mine,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        HazardFilter filter = mine ? bound.withTurn(hazards.turnOf(user)) : bound;
        exports.send(scope, filter, format, "hazards", locale, response);
    }

    @GetMapping("/new")
    String showReport(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @RequestParam long enterprise,
            @RequestParam(required = false) String location,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String origin,
            Model model) {
        if (!hazards.mayReport(user, scope, enterprise)) {
            throw new AccessDeniedException("May not report hazards at " + enterprise);
        }
        HazardForm form = new HazardForm();
        form.setEnterpriseId(enterprise);
        // Prefilled by the page it came from (an investigation task: its unit and what it checks).
        form.setLocation(location == null ? null : location.substring(0, Math.min(location.length(), 300)));
        form.setDescription(
                description == null ? null : description.substring(0, Math.min(description.length(), 2000)));
        form.setOrigin(origin == null || origin.length() > 100 ? null : origin);
        return reportForm(scope, form, model);
    }

    @PostMapping
    String report(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @Valid @ModelAttribute("form") HazardForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getEnterpriseId() == null) {
            throw new HazardNotFoundException(null);
        }
        if (!hazards.mayReport(user, scope, form.getEnterpriseId())) {
            throw new AccessDeniedException("May not report hazards at " + form.getEnterpriseId());
        }
        // The photos first, each on its own: whatever else is refused, they come back with the form.
        PhotoUploads.Kept kept = uploads.keep(user.id(), form.getKept(), form.getPhotos());
        form.setKept(new ArrayList<>(kept.ids()));
        kept.problems().forEach(p -> result.rejectValue("photos", p.code(), p.args(), null));
        if (!result.hasErrors()) {
            try {
                Long id = hazards.report(user, scope, form, kept.ids());
                redirect.addFlashAttribute("message", "hazard.reported");
                return "redirect:/hazards/" + id;
            } catch (HazardRefused e) {
                result.rejectValue(e.field() == null ? "description" : e.field(), e.code(), e.args(), null);
            }
        }
        model.addAttribute("keptPhotos", kept.photos());
        return reportForm(scope, form, model);
    }

    @GetMapping("/{id}")
    String showHazard(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        return pageModel.show(user, scope, id, model);
    }

    /** A photo kept from a refused form, for the user who sent it. */
    @GetMapping({"/uploads/{uploadId}", "/uploads/{uploadId}/thumb"})
    void upload(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long uploadId,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        HazardReports.PhotoFile file =
                uploads.file(user.id(), uploadId, request.getRequestURI().endsWith("/thumb"));
        if (file == null) {
            throw new HazardNotFoundException(uploadId);
        }
        file.send(response);
    }

    @GetMapping({"/{id}/photos/{photoId}", "/{id}/photos/{photoId}/thumb"})
    void photo(
            Scope scope,
            @PathVariable long id,
            @PathVariable long photoId,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        HazardReports.PhotoFile file =
                photos.file(scope, id, photoId, request.getRequestURI().endsWith("/thumb"));
        if (file == null) {
            throw new HazardNotFoundException(id);
        }
        file.send(response);
    }

    private String reportForm(Scope scope, HazardForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("enterprise", organization.enterprise(scope, form.getEnterpriseId()));
        model.addAttribute("categories", HazardCategory.values());
        model.addAttribute("grades", HazardGrade.values());
        model.addAttribute("clauseGroups", standards.choices(form.getEnterpriseId()));
        return "hazards/form";
    }
}
