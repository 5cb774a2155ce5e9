package app.redline.accident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** An accident's investigation report as approved: cause, nature, responsibility, measures. */
@Data
class InvestigationForm {

    @Size(max = 100)
    private String reportNo;

    @NotBlank
    @Size(max = 200)
    private String approvedBy;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate approvedOn;

    @NotNull
    private Accountability.Nature nature = Accountability.Nature.LIABILITY;

    @NotBlank
    @Size(max = 4000)
    private String cause;

    @NotBlank
    @Size(max = 4000)
    private String findings;

    @NotBlank
    @Size(max = 4000)
    private String measures;

    /** The report as approved, a PDF (optional). */
    private org.springframework.web.multipart.MultipartFile document;
}
