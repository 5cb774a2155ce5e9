package app.redline.hazard;

import app.redline.organization.EnterpriseRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A hazard with everything its page shows; a general hazard has no closings and no major-hazard report. */
record HazardPage(
        Hazard hazard,
        EnterpriseRow enterprise,
        String foundBy,
        List<HazardEvent> events,
        List<HazardExtension> extensions,
        List<HazardPhoto> photos,
        List<MajorClosing> closings,
        MajorReports.Report majorReport,
        Set<HazardAction> actions,
        LocalDate today,
        String listedBy) {

    /** Whether the user has a step of the closed loop to take (urging and listing are not). */
    public boolean hasTurn() {
        return actions.stream().anyMatch(a -> a != HazardAction.URGE && a != HazardAction.LIST);
    }

    /**
     * Why the last rectification was rejected, while the enterprise is rectifying again: what it
     * must read first. Null otherwise.
     */
    public HazardEvent lastRejection() {
        if (hazard.getState() != HazardState.RECTIFYING) {
            return null;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            HazardEvent event = events.get(i);
            if (event.getType() == HazardEvent.Type.REJECTED) {
                return event;
            }
            if (event.getType() == HazardEvent.Type.EVIDENCE_SUBMITTED) {
                return null;
            }
        }
        return null;
    }

    public HazardExtension pendingExtension() {
        return extensions.stream()
                .filter(e -> e.getStatus() == HazardExtension.Status.PENDING)
                .findFirst()
                .orElse(null);
    }

    /** The extension requests decided already (the pending one has its own card, shown once). */
    public List<HazardExtension> decidedExtensions() {
        return extensions.stream()
                .filter(e -> e.getStatus() != HazardExtension.Status.PENDING)
                .toList();
    }
}
