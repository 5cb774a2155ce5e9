package app.redline.accident;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** A later report of an accident: passed up by a department or government, or new figures (续报). */
@Data
class ReportForm implements ReportFigures {

    @NotNull
    private AccidentReport.Kind kind;

    @NotNull(message = "{accident.reportedAt.required}")
    @DateTimeFormat(pattern = AccidentForm.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime reportedAt;

    @NotNull
    @Min(0)
    @Max(100_000)
    private Integer deaths;

    @NotNull
    @Min(0)
    @Max(100_000)
    private Integer seriousInjuries;

    @NotNull
    @Min(0)
    @Max(100_000)
    private Integer minorInjuries;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2, message = "{accident.directLoss.digits}")
    private BigDecimal directLoss;

    @Size(max = 4000)
    private String text;

    private long version;
}
