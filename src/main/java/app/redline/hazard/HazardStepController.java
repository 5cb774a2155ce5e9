package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each step of a hazard's closed loop, bound as a form: plan, evidence, acceptance or rejection, an
 * extension asked for and decided. A refused step shows the hazard page again with what the user
 * typed and why, next to the field at fault; a done step redirects to the page with a message.
 */
@Controller
@RequestMapping("/hazards/{id}")
@RequiredArgsConstructor
class HazardStepController {

    private final HazardService hazards;
    private final HazardPageModel pageModel;
    private final PhotoUploads uploads;

    @PostMapping("/plan")
    String assignPlan(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("plan") PlanForm plan,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pageModel.step(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "hazard.plan.assigned",
                () -> hazards.assignPlan(user, scope, id, plan.getVersion(), plan.plan()));
    }

    @PostMapping("/evidence")
    String submitEvidence(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("evidence") EvidenceForm evidence,
            BindingResult result,
            @RequestParam(required = false) List<MultipartFile> photos,
            Model model,
            RedirectAttributes redirect) {
        if (!hazards.mayTake(user, scope, id, HazardAction.SUBMIT_EVIDENCE)) {
            // Not this user's turn (or not any more): refused before a photo is decoded.
            return pageModel.step(
                    user,
                    scope,
                    id,
                    result,
                    model,
                    redirect,
                    "hazard.evidence.submitted",
                    () -> hazards.submitEvidence(
                            user, scope, id, evidence.getVersion(), evidence.getEvidence(), List.of()));
        }
        // The photos first: if anything is refused, the page comes back with the text and the photos.
        PhotoUploads.Kept kept = uploads.keep(user.id(), evidence.getKept(), photos);
        evidence.setKept(kept.ids());
        model.addAttribute("keptPhotos", kept.photos());
        kept.problems().forEach(problem -> result.rejectValue("kept", problem.code(), problem.args(), null));
        return pageModel.step(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "hazard.evidence.submitted",
                () -> hazards.submitEvidence(
                        user, scope, id, evidence.getVersion(), evidence.getEvidence(), kept.ids()));
    }

    @PostMapping("/accept")
    String accept(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("acceptance") AcceptanceForm acceptance,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pageModel.step(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "hazard.accepted",
                () -> hazards.accept(user, scope, id, acceptance.getVersion(), acceptance.getComment()));
    }

    @PostMapping("/reject")
    String reject(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("rejection") RejectionForm rejection,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pageModel.step(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "hazard.rejected",
                () -> hazards.reject(user, scope, id, rejection.getVersion(), rejection.getReason()));
    }

    @PostMapping("/extensions")
    String requestExtension(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("extension") ExtensionForm extension,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return pageModel.step(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                "hazard.extension.requested",
                () -> hazards.requestExtension(
                        user, scope, id, extension.getVersion(), extension.getNewDeadline(), extension.getReason()));
    }

    @PostMapping("/extensions/decision")
    String decideExtension(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @Valid @ModelAttribute("decision") ExtensionDecisionForm decision,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String done = decision.isApprove() ? "hazard.extension.approved" : "hazard.extension.refused";
        return pageModel.step(
                user,
                scope,
                id,
                result,
                model,
                redirect,
                done,
                () -> hazards.decideExtension(
                        user, scope, id, decision.getVersion(), decision.isApprove(), decision.getComment()));
    }
}
