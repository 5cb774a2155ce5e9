package app.redline.hazard;

import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

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
    private final PhotoUploads uploads;

    @PostMapping("/plan")
    String assignPlan(StepRequest step, @Valid @ModelAttribute("plan") PlanForm plan, BindingResult result) {
        return step.take(
                result,
                "hazard.plan.assigned",
                (user, scope, id) -> hazards.assignPlan(user, scope, id, plan.getVersion(), plan.plan()));
    }

    @PostMapping("/evidence")
    String submitEvidence(
            StepRequest step,
            @Valid @ModelAttribute("evidence") EvidenceForm evidence,
            BindingResult result,
            @RequestParam(required = false) List<MultipartFile> photos) {
        // Not this user's turn (or not any more): refused before a photo is decoded. Otherwise the
        // photos first: if anything is refused, the page comes back with the text and the photos.
        List<Long> keptIds = List.of();
        if (hazards.mayTake(step.user(), step.scope(), step.id(), HazardAction.SUBMIT_EVIDENCE)) {
            PhotoUploads.Kept kept = uploads.keep(step.user().id(), evidence.getKept(), photos);
            evidence.setKept(kept.ids());
            step.model().addAttribute("keptPhotos", kept.photos());
            kept.problems().forEach(problem -> result.rejectValue("kept", problem.code(), problem.args(), null));
            keptIds = kept.ids();
        }
        List<Long> photoIds = keptIds;
        return step.take(
                result,
                "hazard.evidence.submitted",
                (user, scope, id) -> hazards.submitEvidence(
                        user, scope, id, evidence.getVersion(), evidence.getEvidence(), photoIds));
    }

    @PostMapping("/accept")
    String accept(
            StepRequest step, @Valid @ModelAttribute("acceptance") AcceptanceForm acceptance, BindingResult result) {
        return step.take(
                result,
                "hazard.accepted",
                (user, scope, id) -> hazards.accept(user, scope, id, acceptance.getVersion(), acceptance.getComment()));
    }

    @PostMapping("/reject")
    String reject(StepRequest step, @Valid @ModelAttribute("rejection") RejectionForm rejection, BindingResult result) {
        return step.take(
                result,
                "hazard.rejected",
                (user, scope, id) -> hazards.reject(user, scope, id, rejection.getVersion(), rejection.getReason()));
    }

    @PostMapping("/extensions")
    String requestExtension(
            StepRequest step, @Valid @ModelAttribute("extension") ExtensionForm extension, BindingResult result) {
        return step.take(
                result,
                "hazard.extension.requested",
                (user, scope, id) -> hazards.requestExtension(
                        user, scope, id, extension.getVersion(), extension.getNewDeadline(), extension.getReason()));
    }

    @PostMapping("/extensions/decision")
    String decideExtension(
            StepRequest step, @Valid @ModelAttribute("decision") ExtensionDecisionForm decision, BindingResult result) {
        return step.take(
                result,
                decision.isApprove() ? "hazard.extension.approved" : "hazard.extension.refused",
                (user, scope, id) -> hazards.decideExtension(
                        user, scope, id, decision.getVersion(), decision.isApprove(), decision.getComment()));
    }
}
