package app.redline.hazard;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Asking for a later deadline (延期申请), with the reason. */
@Getter
@Setter
class ExtensionForm extends StepForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newDeadline;

    @Size(max = 1000, message = "{hazard.field.tooLong}")
    private String reason;
}
