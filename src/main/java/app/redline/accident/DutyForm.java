package app.redline.accident;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Puts a person on duty for a day or a run of days. */
@Data
class DutyForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    @NotNull
    private DutyRoster.DutyRole role = DutyRoster.DutyRole.STAFF;

    @NotNull
    private Long userId;

    /** The phone to call on duty (the person's own when empty). */
    @Size(max = 40)
    @Pattern(regexp = "[0-9+\\-() ]*", message = "{duty.phone.invalid}")
    private String phone;
}
