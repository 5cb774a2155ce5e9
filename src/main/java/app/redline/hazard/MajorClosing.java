package app.redline.hazard;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One round of closing a major hazard after its treatment (Order No. 16, Art. 23): the evaluation,
 * the restart application where production or use was stopped, and for a listed hazard the
 * write-off. A round begins with the evaluation of evidence submitted; a refusal sends the hazard
 * back to rectification and the next round starts afresh.
 */
public record MajorClosing(
        long hazardId,
        int round,
        EvaluatorKind evaluatorKind,
        String evaluator,
        LocalDate evaluatedOn,
        String conclusion,
        boolean productionStopped,
        String evaluatedBy,
        Instant evaluatedAt,
        Step restartRequest,
        Step restartDecision,
        Step writeOffRequest,
        Step writeOffCheck,
        Step writeOffDecision) {

    /** Who evaluated the treatment: the enterprise's own technical staff and experts, or an agency. */
    public enum EvaluatorKind {
        EXPERTS,
        AGENCY
    }

    /** A request or a decision: what was said, by whom, when, and for a decision whether yes. */
    public record Step(String text, String by, Instant at, Boolean yes) {

        public boolean approved() {
            return Boolean.TRUE.equals(yes);
        }

        public boolean refused() {
            return Boolean.FALSE.equals(yes);
        }
    }

    /** Whether production may go on: it never stopped, or the department approved the restart. */
    public boolean mayRestart() {
        return !productionStopped || (restartDecision != null && restartDecision.approved());
    }
}
