package app.redline.hazard;

import app.redline.system.QueryRecord;
import java.time.LocalDate;
import lombok.With;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ledger's filters, bound from its query parameters (the names {@link #query()} writes); null,
 * blank or false parts do not filter. The dashboard's figures are defined by these same filters, so
 * each figure's link to the ledger shows exactly what it counts. {@code turn} (my work) is never
 * bound: the controller puts the signed-in user's in.
 */
@QueryRecord
@With
record HazardFilter(
        HazardState state,
        HazardGrade grade,
        @BindParam("overdue") Boolean overdueOnly,
        @BindParam("enterprise") Long enterpriseId,
        @BindParam("industry") String industryCode,
        @BindParam("region") String regionCode,
        @DateTimeFormat(iso = ISO.DATE) LocalDate reportedFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate reportedTo,
        @DateTimeFormat(iso = ISO.DATE) LocalDate deadlineFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate deadlineTo,
        @BindParam("q") String text,
        @BindParam("open") Boolean openOnly,
        @BindParam("listed") Boolean listedOnly,
        @DateTimeFormat(iso = ISO.DATE) LocalDate closedFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate closedTo,
        @BindParam("onTime") Boolean onTimeOnly,
        @BindParam("campaign") Long campaignId,
        @BindParam("-") HazardTurn turn) {

    /** A flag the request does not send (an unticked box, a link without it) is false, never null. */
    HazardFilter {
        overdueOnly = Boolean.TRUE.equals(overdueOnly);
        openOnly = Boolean.TRUE.equals(openOnly);
        listedOnly = Boolean.TRUE.equals(listedOnly);
        onTimeOnly = Boolean.TRUE.equals(onTimeOnly);
    }

    /** No filter: everything of the scope. */
    static HazardFilter none() {
        return new HazardFilter(
                null, null, false, null, null, null, null, null, null, null, null, false, false, null, null, false,
                null, null);
    }

    /** The filter as the ledger's query string: what links to the ledger (and its exports) carry. */
    String query() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "q", text());
        add(b, "state", state());
        add(b, "grade", grade());
        add(b, "industry", industryCode());
        add(b, "region", regionCode());
        add(b, "enterprise", enterpriseId());
        add(b, "campaign", campaignId());
        add(b, "overdue", overdueOnly() ? true : null);
        add(b, "open", openOnly() ? true : null);
        add(b, "listed", listedOnly() ? true : null);
        add(b, "onTime", onTimeOnly() ? true : null);
        add(b, "mine", turn != null ? true : null);
        add(b, "reportedFrom", reportedFrom());
        add(b, "reportedTo", reportedTo());
        add(b, "deadlineFrom", deadlineFrom());
        add(b, "deadlineTo", deadlineTo());
        add(b, "closedFrom", closedFrom());
        add(b, "closedTo", closedTo());
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder builder, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            builder.queryParam(name, value.toString());
        }
    }
}
