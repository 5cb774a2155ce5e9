package app.redline.accident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Who was held to account for an accident, and how. */
@Data
class AccountabilityForm {

    @NotNull
    private Accountability.SubjectKind subjectKind = Accountability.SubjectKind.PERSON;

    @NotBlank
    @Size(max = 200)
    private String subjectName;

    @Size(max = 200)
    private String position;

    /** The unit held to account, or the person's unit, when it is one of Redline's. */
    private Long subjectUnitId;

    @NotBlank
    @Size(max = 2000)
    private String duty;

    @NotNull
    private Accountability.Measure measure;

    @NotBlank
    @Size(max = 1000)
    private String basis;

    @NotBlank
    @Size(max = 200)
    private String decidedBy;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
}
