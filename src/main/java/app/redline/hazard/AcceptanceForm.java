package app.redline.hazard;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Accepting rectified work, with an optional opinion (验收意见). */
@Getter
@Setter
class AcceptanceForm extends StepForm {

    @Size(max = 2000, message = "{hazard.field.tooLong}")
    private String comment;
}
