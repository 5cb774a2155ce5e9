package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.organization.UnitType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisors do to push a rectification forward: urge the enterprise (at most once a day per
 * hazard) and, for governments, list a MAJOR hazard for supervision (挂牌督办). Both are hazard
 * events and notify the enterprise's managers and the responsible person; a listing ends by itself
 * when the hazard closes.
 */
@Service
@RequiredArgsConstructor
@Transactional
class HazardSupervision {

    private final HazardService hazards;
    private final HazardRepository repository;
    private final HazardEventRepository events;
    private final OrganizationService organization;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;
    private final ListingCounter listings;
    private final Clock clock;

    void urge(SignedInUser user, Scope scope, Long id) {
        Hazard hazard = hazards.load(scope, id);
        UnitType unit = unitType(user);
        if (!HazardAccess.onTheSideOf(user, unit, hazard, HazardAction.URGE)) {
            throw new AccessDeniedException("Only supervisors urge");
        }
        if (!hazard.getState().isOpen()) {
            throw new HazardRefused("hazard.action.state");
        }
        LocalDate today = LocalDate.now(clock);
        int urged = jdbc.sql("insert into hazard_urge (hazard_id, urged_on, urged_by, unit_id)"
                        + " values (:hazard, :day, :user, :unit) on conflict do nothing")
                .param("hazard", id)
                .param("day", today)
                .param("user", user.id())
                .param("unit", user.unitId())
                .update();
        if (urged == 0) {
            throw new HazardRefused("hazard.urge.alreadyToday");
        }
        events.save(event(hazard, user, HazardEvent.Type.URGED, user.unitName()));
        publisher.publishEvent(
                new HazardStep.Urged(UUID.randomUUID(), hazards.facts(hazard), user.id(), user.unitName()));
    }

    /** Whether the user supervises at all (the overdue review shows an urge button per row). */
    @Transactional(readOnly = true)
    boolean mayUrge(SignedInUser user) {
        return HazardAccess.supervises(user, unitType(user));
    }

    void list(SignedInUser user, Scope scope, Long id, long version, LocalDate deadline, String note) {
        Hazard hazard = hazards.load(scope, id);
        if (hazard.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Hazard.class, id);
        }
        if (!HazardAccess.onTheSideOf(user, unitType(user), hazard, HazardAction.LIST)) {
            throw new AccessDeniedException("Only government supervisors list hazards for supervision");
        }
        LocalDate today = LocalDate.now(clock);
        SupervisionListing.check(hazard.getGrade(), hazard.isListed(), deadline, note, today);
        int seq = listings.next(user.unitId(), today.getYear());
        hazard.listForSupervision(user.unitId(), today.getYear(), seq, Instant.now(clock), deadline, note, today);
        repository.saveAndFlush(hazard);
        events.save(event(
                hazard, user, HazardEvent.Type.LISTED, today.getYear() + "-" + seq + " · " + deadline + " · " + note));
        publisher.publishEvent(
                new HazardStep.Listed(UUID.randomUUID(), hazards.facts(hazard), user.id(), user.unitName(), deadline));
    }

    /**
     * Ends a closed hazard's listing, if it had one, as a step of Redline itself, and tells the
     * government that listed it. Called in the transaction that closes the hazard.
     */
    @EventListener
    void delistClosed(HazardClosed closed) {
        Hazard hazard = repository.findById(closed.hazardId()).orElseThrow();
        Long listedBy = hazard.getListedByUnitId();
        if (!hazard.delist()) {
            return;
        }
        repository.saveAndFlush(hazard);
        events.save(new HazardEvent(
                hazard.getId(),
                Instant.now(clock),
                null,
                HazardEvent.SYSTEM,
                HazardEvent.Type.DELISTED,
                hazard.getState(),
                hazard.getState(),
                null));
        publisher.publishEvent(new HazardStep.Delisted(UUID.randomUUID(), hazards.facts(hazard), null, listedBy));
    }

    /** How a notification names a hazard: its number, enterprise and description. */
    static String subject(long id, String enterpriseName, String description) {
        String text = description.length() > 120 ? description.substring(0, 119) + "…" : description;
        return "#" + id + " " + enterpriseName + ": " + text;
    }

    private HazardEvent event(Hazard hazard, SignedInUser user, HazardEvent.Type type, String comment) {
        return new HazardEvent(
                hazard.getId(),
                Instant.now(clock),
                user.id(),
                user.displayName(),
                type,
                hazard.getState(),
                hazard.getState(),
                comment);
    }

    private UnitType unitType(SignedInUser user) {
        return organization.unitType(user.unitId()).orElse(UnitType.OPERATOR);
    }
}
