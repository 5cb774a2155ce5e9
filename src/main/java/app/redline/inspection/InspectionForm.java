package app.redline.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** A new inspection: where, when, what kind, by whom, and with which checklist. */
@Data
class InspectionForm {

    @NotNull
    private Long enterpriseId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate inspectedOn;

    @NotNull
    private InspectionType type = InspectionType.ROUTINE;

    private Long templateId;

    /** The running campaign this inspection answers (offered when the enterprise is its target). */
    private Long campaignId;

    @NotBlank
    @Size(max = 300)
    private String inspectors;

    @Size(max = 300)
    private String peopleMet;

    @Size(max = 2000)
    private String summary;
}
