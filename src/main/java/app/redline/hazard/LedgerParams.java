package app.redline.hazard;

import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The ledger's query parameters, as the filter form and the export links send them. */
@Data
class LedgerParams {

    private HazardState state;
    private HazardGrade grade;
    private boolean overdue;
    private Long enterprise;
    private String industry;
    private String region;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedTo;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadlineFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadlineTo;

    private String q;
    private String sort = "reported";

    HazardFilter filter() {
        return new HazardFilter(
                state,
                grade,
                overdue,
                enterprise,
                industry,
                region,
                reportedFrom,
                reportedTo,
                deadlineFrom,
                deadlineTo,
                q);
    }
}
