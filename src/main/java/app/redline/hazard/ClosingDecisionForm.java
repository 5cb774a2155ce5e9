package app.redline.hazard;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * A decision on a major hazard's closing (a restart, a write-off verified or approved): yes, or no
 * with the reason, which sends the hazard back to rectification.
 */
@Getter
@Setter
class ClosingDecisionForm extends StepForm {

    private boolean approve;

    @Size(max = 2000, message = "{hazard.field.tooLong}")
    private String comment;
}
