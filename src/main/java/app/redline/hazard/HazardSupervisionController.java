package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import app.redline.standard.StandardCatalogue;
import jakarta.validation.Valid;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
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

/** Urging and listing for supervision, from the hazard page or the overdue review. */
@Controller
@RequestMapping("/hazards/{id}")
@RequiredArgsConstructor
class HazardSupervisionController {

    /** Where a form may send the user back to: a page of the overdue review or the ledger. */
    private static final Pattern BACK = Pattern.compile("/(overdue|hazards)([/?][A-Za-z0-9/?=&%._-]*)?");

    private final HazardSupervision supervision;
    private final HazardPageModel pageModel;
    private final MajorReports majorReports;
    private final HazardPages pages;
    private final StandardCatalogue standards;

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
    String list(StepRequest step, @Valid @ModelAttribute("listing") ListingForm listing, BindingResult result) {
        return step.take(
                result,
                "hazard.listed",
                (user, scope, id) -> supervision.list(
                        user, scope, id, listing.getVersion(), listing.getListingDeadline(), listing.getListingNote()));
    }

    @PostMapping("/major-report")
    String fileMajorReport(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            StepRequest step,
            @Valid @ModelAttribute("majorReport") MajorReportForm form,
            BindingResult result) {
        majorReports.requireFiler(user, scope, id);
        return step.take(
                result, "hazard.majorReport.filed", (who, in, hazard) -> majorReports.file(who, in, hazard, form));
    }

    /** The listing notice (挂牌督办通知书) of a listed hazard, to print; a hazard not listed has none. */
    @GetMapping("/listing-notice")
    String listingNotice(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        HazardPage page = pages.page(user, scope, id);
        if (!page.hazard().isListed() || page.hazard().getListingYear() == null) {
            throw new HazardNotFoundException(id);
        }
        model.addAttribute("page", page);
        model.addAttribute("h", page.hazard());
        model.addAttribute(
                "judgementClause",
                standards.find(page.hazard().getJudgementClauseId()).orElse(null));
        return "hazards/listing-notice";
    }

    static String backTo(String back, long id) {
        return back != null && BACK.matcher(back).matches() && !back.contains("//") ? back : "/hazards/" + id;
    }
}
