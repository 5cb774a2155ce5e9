package app.redline.prevention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A new control measure of one of the unit's events. */
@Getter
@Setter
public class MeasureForm {

    @NotNull
    private Long eventId;

    @NotNull
    private MeasureKind kind;

    @NotBlank
    @Size(max = 1000)
    private String description;
}
