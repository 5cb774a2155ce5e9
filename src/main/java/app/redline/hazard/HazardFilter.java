package app.redline.hazard;

import java.time.LocalDate;

/** The ledger's filters; null or blank parts do not filter. */
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
        String text) {}
