package app.redline.inspection;

/** What kind of inspection. */
public enum InspectionType {
    ROUTINE,
    SPECIAL_CAMPAIGN,
    SELF_INSPECTION,
    JOINT,
    SPOT_CHECK,
    SEASONAL,
    PRE_HOLIDAY,
    ACCIDENT_ANALOGY
}
