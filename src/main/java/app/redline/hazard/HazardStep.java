package app.redline.hazard;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A step of a hazard's closed loop that happened: published in the transaction that took it, and
 * delivered to other features (notifications, counters) from the event publication registry after
 * that transaction committed. {@link #id()} names the occurrence, so a listener that runs twice for
 * one step (a redelivery after a crash) can do its work once.
 */
public interface HazardStep {

    UUID id();

    /** What the listeners need to know of the hazard, as it was after the step. */
    Facts hazard();

    /** Who took the step; null for Redline's own steps. */
    Long actorId();

    /** A hazard as its events describe it: whose it is, who found it, what to call it. */
    record Facts(
            long id,
            long enterpriseId,
            String subject,
            HazardGrade grade,
            boolean selfFound,
            Long foundByUnitId,
            String responsiblePerson) {}

    /** A hazard was reported (directly or from a failed checklist item), or fixed on the spot. */
    record Reported(UUID id, Facts hazard, Long actorId, boolean fixedOnTheSpot) implements HazardStep {}

    /** The enterprise assigned the rectification plan. */
    record PlanAssigned(UUID id, Facts hazard, Long actorId, LocalDate deadline) implements HazardStep {}

    /** The enterprise submitted its evidence: the accepting side's turn. */
    record EvidenceSubmitted(UUID id, Facts hazard, Long actorId) implements HazardStep {}

    /** The rectification was accepted and the hazard closed. */
    record Accepted(UUID id, Facts hazard, Long actorId) implements HazardStep {}

    /** The rectification was rejected, with the reason: the enterprise's turn again. */
    record Rejected(UUID id, Facts hazard, Long actorId, String reason) implements HazardStep {}

    /** The enterprise asked for a later deadline. */
    record ExtensionRequested(UUID id, Facts hazard, Long actorId, LocalDate newDeadline) implements HazardStep {}

    /** The accepting side approved or refused an extension; the deadline is the one now in force. */
    record ExtensionDecided(UUID id, Facts hazard, Long actorId, boolean approved, LocalDate deadline)
            implements HazardStep {}

    /** A supervisor urged the enterprise. */
    record Urged(UUID id, Facts hazard, Long actorId, String unitName) implements HazardStep {}

    /** A government listed the hazard for supervision (挂牌督办). */
    record Listed(UUID id, Facts hazard, Long actorId, String unitName, LocalDate deadline) implements HazardStep {}

    /** The enterprise filed its report of a major hazard: its supervisors are told. */
    record MajorReported(UUID id, Facts hazard, Long actorId) implements HazardStep {}

    /**
     * A step of a major hazard's closing (Order No. 16, Art. 23): its evaluation, a restart or a
     * write-off applied for, verified, approved or refused. A refusal sends the hazard back to
     * rectification with the reason; the approved write-off closes it.
     */
    record Closing(UUID id, Facts hazard, Long actorId, Kind kind, Long listedByUnitId, String comment)
            implements HazardStep {

        public enum Kind {
            EVALUATED,
            RESTART_REQUESTED,
            RESTART_APPROVED,
            RESTART_REFUSED,
            WRITE_OFF_REQUESTED,
            WRITE_OFF_CONFIRMED,
            WRITE_OFF_REFUSED,
            WRITTEN_OFF
        }
    }

    /**
     * The department's re-inspection found a major hazard rectified: its closing steps (evaluation
     * first) are the enterprise's turn.
     */
    record Reinspected(UUID id, Facts hazard, Long actorId) implements HazardStep {}

    /** The listing ended because the hazard closed. */
    record Delisted(UUID id, Facts hazard, Long actorId, Long listedByUnitId) implements HazardStep {}
}
