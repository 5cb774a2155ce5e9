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

    /** The fine imposed on the enterprise after the report, in RMB (for its reward). */
    @jakarta.validation.constraints.DecimalMin("0")
    @jakarta.validation.constraints.Digits(integer = 10, fraction = 2)
    private java.math.BigDecimal fine;

    private boolean approve;

    @Size(max = 1000)
    private String rewardNote;

    @Size(max = 100)
    private String reference;
}
