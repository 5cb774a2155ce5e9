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
 * The steps of a major hazard's closing, from its page: the evaluation (with scans of its report),
 * the restart application and its decision, the write-off application, its verification and its
 * approval. Whoever is not on the step's side is refused before the form is read.
 */
@Controller
@RequestMapping("/hazards/{id}/closing")
@RequiredArgsConstructor
class MajorClosingController {

    private final MajorClosings closings;
    private final PhotoUploads uploads;

    @PostMapping("/evaluation")
    String evaluate(
            StepRequest step,
            @Valid @ModelAttribute("evaluation") EvaluationForm evaluation,
            BindingResult result,
            @RequestParam(required = false) List<MultipartFile> scans) {
        closings.requireSide(step.user(), step.scope(), step.id(), HazardAction.EVALUATE);
        // The scans first: if anything is refused, the page comes back with the text and the scans.
        PhotoUploads.Kept kept = uploads.keep(step.user().id(), evaluation.getKept(), scans);
        evaluation.setKept(kept.ids());
        step.model().addAttribute("keptScans", kept.photos());
        kept.problems().forEach(problem -> result.rejectValue("kept", problem.code(), problem.args(), null));
        return step.take(
                result,
                "hazard.closing.evaluated",
                (user, scope, id) -> closings.evaluate(user, scope, id, evaluation, kept.ids()));
    }

    @PostMapping("/restart")
    String requestRestart(
            StepRequest step, @Valid @ModelAttribute("restartRequest") ClosingRequestForm form, BindingResult result) {
        closings.requireSide(step.user(), step.scope(), step.id(), HazardAction.REQUEST_RESTART);
        return step.take(
                result,
                "hazard.closing.restartRequested",
                (user, scope, id) -> closings.requestRestart(user, scope, id, form));
    }

    @PostMapping("/restart/decision")
    String decideRestart(
            StepRequest step,
            @Valid @ModelAttribute("restartDecision") ClosingDecisionForm form,
            BindingResult result) {
        closings.requireSide(step.user(), step.scope(), step.id(), HazardAction.DECIDE_RESTART);
        return step.take(
                result,
                form.isApprove() ? "hazard.closing.restartApproved" : "hazard.closing.sentBack",
                (user, scope, id) -> closings.decideRestart(user, scope, id, form));
    }

    @PostMapping("/write-off")
    String requestWriteOff(
            StepRequest step, @Valid @ModelAttribute("writeOffRequest") ClosingRequestForm form, BindingResult result) {
        closings.requireSide(step.user(), step.scope(), step.id(), HazardAction.REQUEST_WRITE_OFF);
        return step.take(
                result,
                "hazard.closing.writeOffRequested",
                (user, scope, id) -> closings.requestWriteOff(user, scope, id, form));
    }

    @PostMapping("/write-off/check")
    String checkWriteOff(
            StepRequest step, @Valid @ModelAttribute("writeOffCheck") ClosingDecisionForm form, BindingResult result) {
        closings.requireSide(step.user(), step.scope(), step.id(), HazardAction.CHECK_WRITE_OFF);
        return step.take(
                result,
                form.isApprove() ? "hazard.closing.writeOffConfirmed" : "hazard.closing.sentBack",
                (user, scope, id) -> closings.checkWriteOff(user, scope, id, form));
    }

    @PostMapping("/write-off/decision")
    String decideWriteOff(
            StepRequest step,
            @Valid @ModelAttribute("writeOffDecision") ClosingDecisionForm form,
            BindingResult result) {
        closings.requireSide(step.user(), step.scope(), step.id(), HazardAction.DECIDE_WRITE_OFF);
        return step.take(
                result,
                form.isApprove() ? "hazard.closing.writtenOff" : "hazard.closing.sentBack",
                (user, scope, id) -> closings.decideWriteOff(user, scope, id, form));
    }
}
