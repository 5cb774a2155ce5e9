package app.redline.prevention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/** A new risk event of a unit, with its assessment's factors (exposure for LEC only). */
@Getter
@Setter
public class EventForm {

    @NotBlank
    @Size(max = 500)
    private String description;

    @Size(max = 30)
    private String accidentType;

    @NotNull
    private AssessmentMethod method = AssessmentMethod.LS;

    @NotNull
    private BigDecimal likelihood;

    private BigDecimal exposure;

    @NotNull
    private BigDecimal severity;
}
