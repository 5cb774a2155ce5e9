package app.redline.hazard;

import java.util.List;
import java.util.UUID;

/**
 * A batch of the overdue clock's steps, each recorded once per hazard and deadline: a reminder
 * before the deadline, the overdue notice, escalation to the local government.
 */
public record HazardsEscalated(UUID id, List<Escalation> escalations) {

    /** The step a hazard reached; {@code detail} is its deadline (reminder) or its days overdue. */
    public record Escalation(HazardStep.Facts hazard, Step step, String detail) {}

    public enum Step {
        REMINDER,
        OVERDUE,
        ESCALATED
    }
}
