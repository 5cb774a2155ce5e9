package app.redline.hazard;

import app.redline.account.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a department's rectification notice and its re-inspection do to the hazards they name: the
 * notice orders each rectified by a date (责令限期整改), the re-inspection (复查) closes those found
 * rectified and sends the others back under a new date. Both run in the caller's transaction (the
 * notice's or the re-inspection's own), which has checked who may do it.
 */
@Service
@RequiredArgsConstructor
class HazardOrders {

    private final HazardService hazards;
    private final HazardRepository repository;
    private final HazardExtensionRepository extensions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    @Transactional(propagation = Propagation.MANDATORY)
    void orderRectification(SignedInUser user, Long noticeId, String noticeNumber, Map<Long, LocalDate> dates) {
        dates.forEach((id, date) -> {
            Hazard hazard = repository.findById(id).orElseThrow(() -> new HazardNotFoundException(id));
            if (!hazard.getState().isOpen()) {
                return;
            }
            hazard.orderRectificationBy(noticeId, date);
            repository.saveAndFlush(hazard);
            hazards.record(
                    user,
                    hazard,
                    HazardEvent.Type.DEADLINE_ORDERED,
                    hazard.getState(),
                    hazard.getState(),
                    noticeNumber + " · " + date);
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void reinspect(SignedInUser user, HazardReports.Reinspected finding, List<KeptPhoto> photos) {
        boolean rectified = finding.rectified();
        Hazard hazard = repository
                .findById(finding.hazardId())
                .orElseThrow(() -> new HazardNotFoundException(finding.hazardId()));
        HazardState from = hazard.getState();
        Instant now = Instant.now(clock);
        boolean closed = hazard.reinspect(rectified, finding.newDeadline(), now, clock.getZone());
        repository.saveAndFlush(hazard);
        String comment = finding.number() + (finding.note() == null ? "" : " · " + finding.note());
        HazardEvent event = hazards.record(
                user,
                hazard,
                rectified ? HazardEvent.Type.REINSPECTED_RECTIFIED : HazardEvent.Type.REINSPECTED_NOT_RECTIFIED,
                from,
                hazard.getState(),
                comment);
        hazards.attach(user, hazard, event, HazardPhoto.Stage.RECHECK, photos);
        if (rectified) {
            // Rectified needs no more time: an extension still asked for is refused.
            extensions
                    .findByHazardIdAndStatus(hazard.getId(), HazardExtension.Status.PENDING)
                    .ifPresent(pending -> pending.decide(false, user.id(), now));
        }
        if (rectified && !closed) {
            publisher.publishEvent(new HazardStep.Reinspected(UUID.randomUUID(), hazards.facts(hazard), user.id()));
        } else if (rectified) {
            publisher.publishEvent(new HazardStep.Accepted(UUID.randomUUID(), hazards.facts(hazard), user.id()));
            publisher.publishEvent(new HazardClosed(hazard.getId(), hazard.getEnterpriseId()));
        } else {
            publisher.publishEvent(
                    new HazardStep.Rejected(UUID.randomUUID(), hazards.facts(hazard), user.id(), comment));
        }
    }
}
