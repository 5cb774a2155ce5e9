package app.redline.hazard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The evaluation of a major hazard's treatment: who evaluated it (the enterprise's experts or an
 * agency, named), when, the conclusion, whether production or use was stopped for the treatment,
 * and scans of the report (kept from a refused try like the evidence's photos).
 */
@Getter
@Setter
class EvaluationForm extends StepForm {

    @NotNull(message = "{hazard.field.required}")
    private MajorClosing.EvaluatorKind evaluatorKind;

    @NotBlank(message = "{hazard.field.required}")
    @Size(max = 200, message = "{hazard.field.tooLong}")
    private String evaluator;

    @NotNull(message = "{hazard.field.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate evaluatedOn;

    @NotBlank(message = "{hazard.field.required}")
    @Size(max = 4000, message = "{hazard.field.tooLong}")
    private String conclusion;

    private boolean productionStopped;

    /** Scans kept from a refused submit of this form, sent again. */
    private List<Long> kept;
}
