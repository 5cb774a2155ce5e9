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
    LIST,
    /** The enterprise records the evaluation of a major hazard's treatment. */
    EVALUATE,
    /** The enterprise applies in writing to restart production stopped for a major hazard. */
    REQUEST_RESTART,
    /** The supervising department approves or refuses the restart. */
    DECIDE_RESTART,
    /** The enterprise applies for a listed hazard's write-off (摘牌销号申请). */
    REQUEST_WRITE_OFF,
    /** The department verifies the write-off application. */
    CHECK_WRITE_OFF,
    /** The government that listed the hazard approves or refuses the write-off. */
    DECIDE_WRITE_OFF
}
