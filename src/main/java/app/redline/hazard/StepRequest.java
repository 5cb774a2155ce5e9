package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A step of a hazard's loop as a request asks for it ({@link HazardStep} is the step once taken): who asks, in which scope, on which hazard
 * (the path's {@code id}), and where the answer goes. A handler takes it as a parameter
 * ({@link StepRequestResolver}) beside its form, and {@link #take takes} the step.
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
final class StepRequest {

    private final SignedInUser user;
    private final Scope scope;
    private final long id;
    private final Model model;
    private final RedirectAttributes redirect;
    private final HazardPageModel pages;

    /**
     * Takes the step if its form passed its checks: done, back to the hazard page with the message
     * {@code done}; refused (by the form or by the hazard), the page again with the form as sent.
     */
    String take(BindingResult result, String done, Step step) {
        return pages.step(user, scope, id, result, model, redirect, done, () -> step.take(user, scope, id));
    }

    /** What the step does, given who takes it, in which scope, on which hazard. */
    @FunctionalInterface
    interface Step {
        void take(SignedInUser user, Scope scope, long id);
    }
}
