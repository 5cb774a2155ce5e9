package app.redline.reporting;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/** The principal's signature of a statistics table: the funds spent, remarks, and the confirmation. */
@Getter
@Setter
public class SignForm {

    /** Rectification funds spent in the period, in 10,000 RMB (万元). */
    @DecimalMin(value = "0", message = "{statistics.funds.invalid}")
    @Digits(integer = 12, fraction = 2, message = "{statistics.funds.invalid}")
    private BigDecimal funds;

    @Size(max = 2000, message = "{hazard.field.tooLong}")
    private String remarks;

    @AssertTrue(message = "{statistics.confirm.required}")
    private boolean confirm;
}
