package app.redline.hazard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A written application of a major hazard's closing: to restart production, or to be written off. */
@Getter
@Setter
class ClosingRequestForm extends StepForm {

    @NotBlank(message = "{hazard.field.required}")
    @Size(max = 4000, message = "{hazard.field.tooLong}")
    private String text;
}
