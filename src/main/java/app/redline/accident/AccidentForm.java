package app.redline.accident;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records an accident, with its first report. */
@Data
class AccidentForm implements ReportFigures {

    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

    /** The enterprise; null for an accident at a place that is not one. */
    private Long enterpriseId;

    /** For a place that is not an enterprise: its name, its region and its industry. */
    @Size(max = 200)
    private String site;

    @jakarta.validation.constraints.Pattern(regexp = "[0-9]{2,9}", message = "{campaign.region.invalid}")
    private String regionCode;

    @Size(max = 40)
    private String industryCode;

    @NotNull(message = "{accident.occurredAt.required}")
    @DateTimeFormat(pattern = DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime occurredAt;

    @NotBlank
    @Size(max = 200)
    private String place;

    @NotNull
    private AccidentType type;

    @NotBlank
    @Size(max = 4000)
    private String summary;

    @NotNull
    @Min(0)
    @Max(100_000)
    private Integer deaths = 0;

    @NotNull
    @Min(0)
    @Max(100_000)
    private Integer seriousInjuries = 0;

    @NotNull
    @Min(0)
    @Max(100_000)
    private Integer minorInjuries = 0;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2, message = "{accident.directLoss.digits}")
    private BigDecimal directLoss = BigDecimal.ZERO;

    /** When the first report was made (now, unless it is recorded afterwards). */
    @NotNull(message = "{accident.reportedAt.required}")
    @DateTimeFormat(pattern = DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime reportedAt;

    @Size(max = 4000)
    private String text;

    /** What happened, as the accident keeps it. */
    record Facts(Instant occurredAt, String place, AccidentType type, String summary, Casualties casualties) {}

    Facts facts(ZoneId zone) {
        return new Facts(occurredAt.atZone(zone).toInstant(), place.strip(), type, summary.strip(), casualties());
    }
}
