package app.redline.hazard;

import jakarta.validation.constraints.Size;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** The evidence of rectification: what was done, and photos after (sent with it, or kept from a refused try). */
@Getter
@Setter
class EvidenceForm extends StepForm {

    @Size(max = 2000, message = "{hazard.field.tooLong}")
    private String evidence;

    /** Photos kept from a refused submit of this form, sent again. */
    private List<Long> kept;
}
