package app.redline.inspection;

import app.redline.account.SignedInUser;
import app.redline.hazard.HazardReports;
import app.redline.organization.Scope;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The re-inspection (复查) of a notice's hazards: the form the issuing unit's inspector fills on site
 * (per hazard rectified or not, a note, photos), and the numbered 整改复查意见书 it prints.
 */
@Controller
@RequestMapping("/inspections/{id}/reinspections")
@RequiredArgsConstructor
class ReinspectionController {

    private final ReinspectionService reinspections;
    private final HazardReports hazards;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/new")
    String form(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        ReinspectionService.NoticeFile file = reinspections.forRecording(user, scope, id);
        model.addAttribute("values", new HashMap<String, String>());
        return form(file, model);
    }

    @PostMapping
    String record(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ReinspectionService.NoticeFile file = reinspections.forRecording(user, scope, id);
        Map<Long, List<String>> problems = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        // The photos first, each hazard's on their own: whatever else is refused, they come back.
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        Map<Long, List<Long>> photos = new HashMap<>();
        Map<Long, List<HazardReports.KeptUpload>> kept = new HashMap<>();
        for (HazardReports.Raised hazard : file.open()) {
            List<MultipartFile> files = multipart == null ? List.of() : multipart.getFiles("photo_" + hazard.id());
            List<Long> before = ids(params.get("kept_" + hazard.id()));
            HazardReports.KeptUploads uploads = hazards.keepUploads(user.id(), before, files);
            photos.put(hazard.id(), uploads.ids());
            kept.put(hazard.id(), uploads.photos());
            uploads.problems()
                    .forEach(p -> problems.computeIfAbsent(hazard.id(), k -> new ArrayList<>())
                            .add(messages.getMessage(p.code(), p.args(), locale)));
        }
        Map<Long, Boolean> rectified = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        for (HazardReports.Raised hazard : file.open()) {
            String result = params.getFirst("result_" + hazard.id());
            if ("RECTIFIED".equals(result) || "NOT_RECTIFIED".equals(result)) {
                rectified.put(hazard.id(), "RECTIFIED".equals(result));
            }
            notes.put(hazard.id(), params.getFirst("note_" + hazard.id()));
        }
        if (problems.isEmpty()) {
            try {
                Long recorded = reinspections.record(
                        user,
                        scope,
                        id,
                        new ReinspectionService.Entry(
                                optionalDate(params.getFirst("reinspectedOn")),
                                params.getFirst("inspectors"),
                                params.getFirst("opinion"),
                                optionalDate(params.getFirst("newDeadline")),
                                optionalDate(params.getFirst("nextReinspection")),
                                rectified,
                                notes,
                                photos));
                redirect.addFlashAttribute("message", "reinspection.recorded");
                return "redirect:/inspections/" + id + "/reinspections/" + recorded;
            } catch (InspectionRefused e) {
                for (InspectionRefused.ItemProblem problem : e.items()) {
                    String text = messages.getMessage(problem.code(), problem.args(), locale);
                    if (problem.itemId() == null) {
                        general.add(text);
                    } else {
                        problems.computeIfAbsent(problem.itemId(), k -> new ArrayList<>())
                                .add(text);
                    }
                }
                if (e.items().isEmpty()) {
                    general.add(messages.getMessage(e.code(), null, locale));
                }
            }
        }
        Map<String, String> values = new HashMap<>();
        params.forEach((name, list) -> values.put(name, list.isEmpty() ? null : list.get(0)));
        model.addAttribute("values", values);
        model.addAttribute("itemProblems", problems);
        model.addAttribute("generalProblems", general);
        model.addAttribute("keptPhotos", kept);
        model.addAttribute("problem", "reinspection.incomplete");
        return form(reinspections.file(user, scope, id), model);
    }

    @GetMapping("/{reinspectionId}")
    String show(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @PathVariable long reinspectionId,
            Model model) {
        model.addAttribute("file", reinspections.file(user, scope, id));
        model.addAttribute("reinspection", reinspections.load(user, scope, id, reinspectionId));
        return "inspections/reinspection";
    }

    /**
     * The notice cannot be re-inspected now (none open, not this user's to record): back to the
     * notice, saying why.
     */
    @ExceptionHandler(InspectionRefused.class)
    String refused(InspectionRefused refused, HttpServletRequest request, RedirectAttributes redirect) {
        Map<?, ?> path = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        redirect.addFlashAttribute("problem", refused.code());
        return "redirect:/inspections/" + path.get("id") + "/notice";
    }

    private String form(ReinspectionService.NoticeFile file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("today", LocalDate.now(clock));
        return "inspections/reinspection-form";
    }

    /** A date the form sent, or null when blank; anything else is refused as a bad date. */
    private static LocalDate optionalDate(String value) {
        return value == null || value.isBlank() ? null : FormValues.date(value);
    }

    private static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                try {
                    ids.add(Long.valueOf(value));
                } catch (NumberFormatException ignored) {
                    // not one of the user's kept photos: nothing to send again
                }
            }
        }
        return ids;
    }
}
