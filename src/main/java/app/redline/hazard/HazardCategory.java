package app.redline.hazard;

/** What kind of defect a hazard is. */
public enum HazardCategory {
    UNSAFE_CONDITION,
    UNSAFE_BEHAVIOUR,
    MANAGEMENT_DEFECT,
    ENVIRONMENT
}
