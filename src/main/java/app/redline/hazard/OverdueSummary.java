package app.redline.hazard;

import java.util.List;

/**
 * What the overdue review shows above its list: overdue counts by sub-region of the user's scope
 * and by industry, and the enterprises with the most overdue hazards.
 */
record OverdueSummary(List<Count> byRegion, List<Count> byIndustry, List<Count> topEnterprises) {

    /** A count with what it counts: a region or industry code, or an enterprise id, and its name. */
    record Count(String key, String name, long count) {}
}
