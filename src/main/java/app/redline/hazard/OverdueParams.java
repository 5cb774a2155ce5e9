package app.redline.hazard;

import app.redline.system.QueryRecord;

/** The overdue review's query parameters, as its filter form, its links and its exports send them. */
@QueryRecord
record OverdueParams(HazardGrade grade, Long enterprise, String industry, String region, String q) {

    /** The ledger's filter they stand for: overdue hazards only, narrowed by each given part. */
    HazardFilter filter() {
        return HazardFilter.none()
                .withOverdueOnly(true)
                .withGrade(grade)
                .withEnterpriseId(enterprise)
                .withIndustryCode(industry)
                .withRegionCode(region)
                .withText(q);
    }
}
