package app.redline.hazard;

import java.time.LocalDate;
import lombok.With;

/**
 * The ledger's filters; null, blank or false parts do not filter. The dashboard's figures are
 * defined by these same filters, so each figure's link to the ledger shows exactly what it counts.
 */
@With
record HazardFilter(
        HazardState state,
        HazardGrade grade,
        boolean overdueOnly,
        Long enterpriseId,
        String industryCode,
        String regionCode,
        LocalDate reportedFrom,
        LocalDate reportedTo,
        LocalDate deadlineFrom,
        LocalDate deadlineTo,
        String text,
        boolean openOnly,
        boolean listedOnly,
        LocalDate closedFrom,
        LocalDate closedTo,
        boolean onTimeOnly,
        Long campaignId,
        HazardTurn turn) {

    /** No filter: everything of the scope. */
    static HazardFilter none() {
        return new HazardFilter(
                null, null, false, null, null, null, null, null, null, null, null, false, false, null, null, false,
                null, null);
    }

    /** The overdue review's filter. */
    static HazardFilter overdue(HazardGrade grade, Long enterprise, String industry, String region, String text) {
        return none().withOverdueOnly(true)
                .withGrade(grade)
                .withEnterpriseId(enterprise)
                .withIndustryCode(industry)
                .withRegionCode(region)
                .withText(text);
    }
}
