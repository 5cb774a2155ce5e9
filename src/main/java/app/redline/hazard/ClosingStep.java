package app.redline.hazard;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a major hazard waiting for acceptance is in its closing (Order No. 16, Art. 23): its
 * treatment evaluated, production restarted where it stopped, and for a listed hazard written off.
 * Null on a general hazard, and on a major one outside that state. Each step is taken by one side:
 * the enterprise, the accepting side (the department), or the government that listed the hazard.
 */
public enum ClosingStep {
    /** The enterprise records the evaluation of the treatment. */
    EVALUATION(HazardAction.EVALUATE),
    /** Production or use stopped: the enterprise applies in writing to restart. */
    RESTART_APPLICATION(HazardAction.REQUEST_RESTART),
    /** The supervising department decides the restart application. */
    RESTART_DECISION(HazardAction.DECIDE_RESTART),
    /** Ready to close: the accepting side accepts (an unlisted hazard). */
    ACCEPTANCE(HazardAction.ACCEPT),
    /** A listed hazard: the enterprise applies for write-off (摘牌销号申请). */
    WRITE_OFF_APPLICATION(HazardAction.REQUEST_WRITE_OFF),
    /** The department verifies the write-off application. */
    WRITE_OFF_CHECK(HazardAction.CHECK_WRITE_OFF),
    /** The government that listed the hazard approves the write-off: the hazard closes. */
    WRITE_OFF_DECISION(HazardAction.DECIDE_WRITE_OFF);

    /** The steps the enterprise takes. */
    public static final Set<ClosingStep> ENTERPRISE =
            EnumSet.of(EVALUATION, RESTART_APPLICATION, WRITE_OFF_APPLICATION);

    /** The steps the accepting side takes (with the acceptance of a general hazard). */
    public static final Set<ClosingStep> ACCEPTING = EnumSet.of(RESTART_DECISION, ACCEPTANCE, WRITE_OFF_CHECK);

    private final HazardAction action;

    ClosingStep(HazardAction action) {
        this.action = action;
    }

    /** The action that takes this step. */
    public HazardAction action() {
        return action;
    }
}
