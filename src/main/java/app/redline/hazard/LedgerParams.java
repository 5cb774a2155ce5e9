package app.redline.hazard;

import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

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
    private boolean open;
    private boolean listed;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closedFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closedTo;

    private boolean onTime;
    private Long campaign;

    /** Only what is the signed-in user's turn (my work); the controller puts the user in. */
    private boolean mine;

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
                q,
                open,
                listed,
                closedFrom,
                closedTo,
                onTime,
                campaign,
                null);
    }

    /** The filter as a query string (without sort and page), for export and page links. */
    String query() {
        return query(filter());
    }

    /** A filter as the ledger's query string: what links to the ledger (and its exports) carry. */
    static String query(HazardFilter f) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "q", f.text());
        add(b, "state", f.state());
        add(b, "grade", f.grade());
        add(b, "industry", f.industryCode());
        add(b, "region", f.regionCode());
        add(b, "enterprise", f.enterpriseId());
        add(b, "campaign", f.campaignId());
        add(b, "overdue", f.overdueOnly() ? true : null);
        add(b, "open", f.openOnly() ? true : null);
        add(b, "listed", f.listedOnly() ? true : null);
        add(b, "onTime", f.onTimeOnly() ? true : null);
        add(b, "mine", f.turn() != null ? true : null);
        add(b, "reportedFrom", f.reportedFrom());
        add(b, "reportedTo", f.reportedTo());
        add(b, "deadlineFrom", f.deadlineFrom());
        add(b, "deadlineTo", f.deadlineTo());
        add(b, "closedFrom", f.closedFrom());
        add(b, "closedTo", f.closedTo());
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder builder, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            builder.queryParam(name, value.toString());
        }
    }
}
