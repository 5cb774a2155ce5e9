package app.redline.publicreport;

import jakarta.validation.constraints.Size;
import lombok.Data;

/** A handler's decision: the reply the reporter reads, a note for the handlers, or where it goes. */
@Data
class DecisionForm {

    private long version;

    @Size(max = 1000)
    private String reply;

    @Size(max = 2000)
    private String note;

    private Long toUnitId;

    @Size(max = 2000)
    private String reason;
}
