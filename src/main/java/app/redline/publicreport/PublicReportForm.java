package app.redline.publicreport;

import app.redline.system.Phone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The public report form: what was seen where and when, photos, and who reports it (or nobody). */
@Data
class PublicReportForm {

    @NotNull
    private Long enterpriseId;

    @NotBlank
    @Size(max = 300)
    private String location;

    @NotBlank
    @Size(max = 2000)
    private String description;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate seenOn;

    private boolean anonymous = true;

    /** Sent from the enterprise's staff QR code: to its own safety managers. */
    private boolean staff;

    @Size(max = 50)
    private String reporterName;

    @Phone
    private String reporterPhone;

    /** Left empty by people; a robot that fills every field is turned away. */
    private String website;

    /** The form's random key: its kept photos are its own, and sent twice it is one report. */
    @Size(max = 64)
    private String draftKey;

    private List<MultipartFile> photos = new ArrayList<>();

    private List<Long> kept = new ArrayList<>();

    PublicReport.Said said() {
        return new PublicReport.Said(
                enterpriseId,
                location == null ? null : location.strip(),
                description == null ? null : description.strip(),
                seenOn,
                anonymous,
                reporterName == null ? null : reporterName.strip(),
                reporterPhone == null ? null : reporterPhone.strip(),
                staff);
    }
}
