package app.redline.prevention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A new risk unit of one of the enterprise's risk objects. */
@Getter
@Setter
public class UnitForm {

    @NotNull
    private Long objectId;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    private String department;

    @NotBlank
    @Size(max = 100)
    private String responsiblePerson;

    @Size(max = 40)
    private String responsiblePhone;

    @Size(max = 2000)
    private String emergencyMeasures;

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
