package app.redline.hazard;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Sending rectified work back, with the reason (the hazard requires one). */
@Getter
@Setter
class RejectionForm extends StepForm {

    @Size(max = 2000, message = "{hazard.field.tooLong}")
    private String reason;
}
