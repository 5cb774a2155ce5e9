package app.redline.hazard;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Approving or refusing an asked extension, with an optional comment. */
@Getter
@Setter
class ExtensionDecisionForm extends StepForm {

    private boolean approve;

    @Size(max = 1000, message = "{hazard.field.tooLong}")
    private String comment;
}
