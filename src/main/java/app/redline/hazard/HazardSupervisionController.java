package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import java.time.LocalDate;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Urging and listing for supervision, from the hazard page or the overdue review. */
@Controller
@RequestMapping("/hazards/{id}")
@RequiredArgsConstructor
class HazardSupervisionController {

    /** Where a form may send the user back to: a page of the overdue review or the ledger. */
    private static final Pattern BACK = Pattern.compile("/(overdue|hazards)([/?][A-Za-z0-9/?=&%._-]*)?");

    private final HazardSupervision supervision;

    @PostMapping("/urge")
    String urge(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            supervision.urge(user, scope, id);
            redirect.addFlashAttribute("message", "hazard.urged");
        } catch (HazardRefused e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:" + backTo(back, id);
    }

    @PostMapping("/listing")
    String list(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate listingDeadline,
            @RequestParam(required = false) String listingNote,
            RedirectAttributes redirect) {
        try {
            supervision.list(user, scope, id, version, listingDeadline, HazardController.limit(listingNote, 1000));
            redirect.addFlashAttribute("message", "hazard.listed");
        } catch (HazardRefused e) {
            redirect.addFlashAttribute("problem", e.code());
        }
        return "redirect:/hazards/" + id;
    }

    static String backTo(String back, long id) {
        return back != null && BACK.matcher(back).matches() && !back.contains("//") ? back : "/hazards/" + id;
    }
}
