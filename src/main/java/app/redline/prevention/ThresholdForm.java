package app.redline.prevention;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/**
 * Where the levels begin for both methods (blue is below yellow); {@code version} is the thresholds'
 * version as the administrator saw them, so that two administrators do not overwrite each other.
 */
@Getter
@Setter
public class ThresholdForm {

    @LsScore
    private BigDecimal lsRed;

    @LsScore
    private BigDecimal lsOrange;

    @LsScore
    private BigDecimal lsYellow;

    @LecScore
    private BigDecimal lecRed;

    @LecScore
    private BigDecimal lecOrange;

    @LecScore
    private BigDecimal lecYellow;

    private long version;

    /** A score on LS's scale (1–25), at most one decimal. */
    @NotNull
    @DecimalMin("0.1")
    @DecimalMax("25")
    @Digits(integer = 2, fraction = 1)
    @Constraint(validatedBy = {})
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface LsScore {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A score on LEC's scale (up to 10 × 10 × 100), at most one decimal. */
    @NotNull
    @DecimalMin("0.1")
    @DecimalMax("10000")
    @Digits(integer = 5, fraction = 1)
    @Constraint(validatedBy = {})
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface LecScore {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
