package app.redline.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A telephone number as people write it: digits, +, parentheses, hyphens and spaces, at most 40
 * characters (blank is fine: whether one is required is the form's rule). One rule for every form
 * and import that takes a phone.
 */
@Documented
@Pattern(regexp = "[0-9+() -]*")
@Size(max = 40)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Phone {

    String message() default "{user.phone.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
