package app.redline.hazard;

/** What a user may do to a hazard next; the hazard page shows a form for each one allowed. */
public enum HazardAction {
    ASSIGN_PLAN,
    SUBMIT_EVIDENCE,
    REQUEST_EXTENSION,
    ACCEPT,
    REJECT,
    DECIDE_EXTENSION,
    /** A supervisor tells the enterprise to get on with it (at most once a day). */
    URGE,
    /** A government lists a MAJOR hazard for supervision (挂牌督办). */
    LIST
}
