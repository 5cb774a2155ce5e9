package app.redline.hazard;

/** A general hazard, or a major one ("treat major hazards as accidents"). */
public enum HazardGrade {
    GENERAL,
    MAJOR
}
