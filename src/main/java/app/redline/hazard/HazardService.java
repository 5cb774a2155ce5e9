package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.organization.UnitType;
import app.redline.system.FormSubmissions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports hazards and moves them through their closed loop. Every load goes through the user's
 * scope (another scope's hazard is "not found"), every action checks whose turn it is and the
 * hazard's version, and every change writes an event in the same transaction.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class HazardService {

    private final FormSubmissions submissions;
    private final HazardRepository hazards;
    private final HazardEventRepository events;
    private final HazardExtensionRepository extensions;
    private final HazardPhotoRepository photos;
    private final PhotoUploads photoUploads;
    private final JudgementBasis judgementBasis;
    private final OrganizationService organization;
    private final Clock clock;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher publisher;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Hazard load(Scope scope, Long id) {
        Specification<Hazard> withId = (hazard, query, cb) -> cb.equal(hazard.get(Hazard_.id), id);
        return hazards.findOne(HazardSpecifications.inScope(scope).and(withId))
                .orElseThrow(() -> new HazardNotFoundException(id));
    }

    boolean mayReport(SignedInUser user, Scope scope, Long enterpriseId) {
        organization.enterprise(scope, enterpriseId);
        return HazardAccess.mayReport(user, unitType(user), enterpriseId);
    }

    /** Reports what the form says, with the photos its sender kept: the hazard's id. */
    @Transactional
    Long report(SignedInUser user, Scope scope, HazardForm form, List<Long> uploads) {
        judgementBasis.check(form.finding());
        String origin = form.getOrigin() == null || form.getOrigin().isBlank() ? null : form.getOrigin();
        Long id = report(
                user,
                scope,
                form.finding(),
                form.isFixedOnTheSpot(),
                form.getEvidence(),
                new Hazard.FoundIn(null, null, null, origin),
                photoUploads.take(user.id(), uploads));
        if (origin != null) {
            publisher.publishEvent(new HazardRaisedFrom(id, form.getEnterpriseId(), user.id(), origin));
        }
        return id;
    }

    @Transactional
    Long report(
            SignedInUser user,
            Scope scope,
            HazardFinding finding,
            boolean fixedOnTheSpot,
            String evidence,
            Hazard.FoundIn where,
            List<KeptPhoto> kept) {
        submissions.claim();
        organization.enterprise(scope, finding.enterpriseId());
        UnitType unit = unitType(user);
        if (!HazardAccess.mayReport(user, unit, finding.enterpriseId())) {
            throw new AccessDeniedException("Not allowed to report hazards here");
        }
        Instant now = Instant.now(clock);
        Hazard hazard = new Hazard(finding, user.unitId(), unit == UnitType.ENTERPRISE, user.id(), now, today());
        hazard.foundIn(where);
        if (fixedOnTheSpot) {
            hazard.fixedOnTheSpot(evidence, today());
        }
        hazards.saveAndFlush(hazard);
        HazardEvent reported = record(user, hazard, HazardEvent.Type.REPORTED, null, HazardState.REPORTED, null);
        attach(user, hazard, reported, HazardPhoto.Stage.BEFORE, kept);
        if (fixedOnTheSpot) {
            record(user, hazard, HazardEvent.Type.FIXED_ON_THE_SPOT, HazardState.REPORTED, hazard.getState(), evidence);
        }
        publisher.publishEvent(new HazardStep.Reported(UUID.randomUUID(), facts(hazard), user.id(), fixedOnTheSpot));
        return hazard.getId();
    }

    @Transactional
    void assignPlan(SignedInUser user, Scope scope, Long id, long version, RectificationPlan plan) {
        Hazard hazard = acting(user, scope, id, version, HazardAction.ASSIGN_PLAN);
        HazardState from = hazard.getState();
        hazard.assignPlan(plan, today());
        save(hazard);
        record(user, hazard, HazardEvent.Type.PLAN_ASSIGNED, from, hazard.getState(), plan.measures());
        publisher.publishEvent(
                new HazardStep.PlanAssigned(UUID.randomUUID(), facts(hazard), user.id(), hazard.getDeadline()));
    }

    @Transactional
    void submitEvidence(SignedInUser user, Scope scope, Long id, long version, String evidence, List<Long> uploads) {
        Hazard hazard = acting(user, scope, id, version, HazardAction.SUBMIT_EVIDENCE);
        HazardState from = hazard.getState();
        hazard.submitEvidence(evidence);
        save(hazard);
        HazardEvent event =
                record(user, hazard, HazardEvent.Type.EVIDENCE_SUBMITTED, from, hazard.getState(), evidence);
        attach(user, hazard, event, HazardPhoto.Stage.AFTER, photoUploads.take(user.id(), uploads));
        publisher.publishEvent(new HazardStep.EvidenceSubmitted(UUID.randomUUID(), facts(hazard), user.id()));
    }

    @Transactional
    void accept(SignedInUser user, Scope scope, Long id, long version, String comment) {
        Hazard hazard = acting(user, scope, id, version, HazardAction.ACCEPT);
        HazardState from = hazard.getState();
        hazard.accept(Instant.now(clock), clock.getZone());
        save(hazard);
        extensions
                .findByHazardIdAndStatus(id, HazardExtension.Status.PENDING)
                .ifPresent(pending -> pending.decide(false, user.id(), Instant.now(clock)));
        record(user, hazard, HazardEvent.Type.ACCEPTED, from, hazard.getState(), comment);
        publisher.publishEvent(new HazardStep.Accepted(UUID.randomUUID(), facts(hazard), user.id()));
        publisher.publishEvent(new HazardClosed(hazard.getId(), hazard.getEnterpriseId()));
    }

    @Transactional
    void reject(SignedInUser user, Scope scope, Long id, long version, String reason) {
        Hazard hazard = acting(user, scope, id, version, HazardAction.REJECT);
        HazardState from = hazard.getState();
        hazard.reject(reason);
        save(hazard);
        record(user, hazard, HazardEvent.Type.REJECTED, from, hazard.getState(), reason);
        publisher.publishEvent(new HazardStep.Rejected(UUID.randomUUID(), facts(hazard), user.id(), reason));
    }

    @Transactional
    void requestExtension(SignedInUser user, Scope scope, Long id, long version, LocalDate newDeadline, String reason) {
        Hazard hazard = acting(user, scope, id, version, HazardAction.REQUEST_EXTENSION);
        hazard.checkExtension(newDeadline, reason, today());
        extensions.saveAndFlush(
                new HazardExtension(id, user.id(), Instant.now(clock), hazard.getDeadline(), newDeadline, reason));
        // The request changes the hazard's version too, so a concurrent action on the old page loses.
        touch(hazard);
        record(
                user,
                hazard,
                HazardEvent.Type.EXTENSION_REQUESTED,
                hazard.getState(),
                hazard.getState(),
                newDeadline + " · " + reason);
        publisher.publishEvent(
                new HazardStep.ExtensionRequested(UUID.randomUUID(), facts(hazard), user.id(), newDeadline));
    }

    @Transactional
    void decideExtension(SignedInUser user, Scope scope, Long id, long version, boolean approve, String comment) {
        Hazard hazard = acting(user, scope, id, version, HazardAction.DECIDE_EXTENSION);
        HazardExtension request = extensions
                .findByHazardIdAndStatus(id, HazardExtension.Status.PENDING)
                .orElseThrow(() -> new HazardRefused("hazard.extension.decided"));
        request.decide(approve, user.id(), Instant.now(clock));
        if (approve) {
            hazard.extendTo(request.getNewDeadline());
        }
        touch(hazard);
        save(hazard);
        record(
                user,
                hazard,
                approve ? HazardEvent.Type.EXTENSION_APPROVED : HazardEvent.Type.EXTENSION_REFUSED,
                hazard.getState(),
                hazard.getState(),
                (approve ? request.getNewDeadline() + " " : "") + (comment == null ? "" : comment));
        publisher.publishEvent(new HazardStep.ExtensionDecided(
                UUID.randomUUID(), facts(hazard), user.id(), approve, hazard.getDeadline()));
    }

    /** The hazard as its events describe it. */
    HazardStep.Facts facts(Hazard hazard) {
        String enterprise =
                organization.unitNames(Set.of(hazard.getEnterpriseId())).getOrDefault(hazard.getEnterpriseId(), "");
        return new HazardStep.Facts(
                hazard.getId(),
                hazard.getEnterpriseId(),
                HazardSupervision.subject(hazard.getId(), enterprise, hazard.getDescription()),
                hazard.getGrade(),
                hazard.isSelfFound(),
                hazard.getFoundByUnitId(),
                hazard.getResponsiblePerson());
    }

    /** Whether the user is on the side that takes this kind of step on the hazard, whatever its state. */
    boolean onTheSideOf(SignedInUser user, Scope scope, Long id, HazardAction action) {
        return HazardAccess.onTheSideOf(user, unitType(user), load(scope, id), action);
    }

    /** Whether the user may take this step on the hazard now (without assembling its page). */
    boolean mayTake(SignedInUser user, Scope scope, Long id, HazardAction action) {
        Hazard hazard = load(scope, id);
        boolean pending = extensions
                .findByHazardIdAndStatus(id, HazardExtension.Status.PENDING)
                .isPresent();
        return HazardAccess.actions(user, unitType(user), hazard, pending).contains(action);
    }

    /**
     * The hazard in the scope, at the version the user's page showed, when this step is the user's
     * to take now: another scope's is "not found", a stale page a conflict, another side's step 403,
     * a step of the user's side that does not fit the state a refusal with the reason.
     */
    Hazard acting(SignedInUser user, Scope scope, Long id, long version, HazardAction action) {
        Hazard hazard = load(scope, id);
        if (hazard.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Hazard.class, id);
        }
        boolean pending = extensions
                .findByHazardIdAndStatus(id, HazardExtension.Status.PENDING)
                .isPresent();
        if (action == HazardAction.REQUEST_EXTENSION && pending) {
            throw new HazardRefused("hazard.extension.alreadyPending");
        }
        UnitType unit = unitType(user);
        if (!HazardAccess.actions(user, unit, hazard, pending).contains(action)) {
            if (HazardAccess.onTheSideOf(user, unit, hazard, action)) {
                throw new HazardRefused(
                        action == HazardAction.ACCEPT && hazard.getClosingStep() != null
                                ? "hazard.closing.notReady"
                                : "hazard.action.state");
            }
            throw new AccessDeniedException("Not this user's turn on hazard " + id);
        }
        return hazard;
    }

    private void touch(Hazard hazard) {
        entityManager.lock(hazard, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void save(Hazard hazard) {
        hazards.saveAndFlush(hazard);
    }

    HazardEvent record(
            SignedInUser user, Hazard hazard, HazardEvent.Type type, HazardState from, HazardState to, String comment) {
        return events.save(new HazardEvent(
                hazard.getId(), Instant.now(clock), user.id(), user.displayName(), type, from, to, comment));
    }

    /** Photos checked and kept before the step, now the hazard's. */
    void attach(SignedInUser user, Hazard hazard, HazardEvent event, HazardPhoto.Stage stage, List<KeptPhoto> kept) {
        Instant now = Instant.now(clock);
        for (KeptPhoto photo : kept) {
            photos.save(new HazardPhoto(hazard.getId(), event.getId(), stage, photo.file(), user.id(), now));
        }
    }

    /** Whose turn it is, for the user: the "my work" filter. */
    HazardTurn turnOf(SignedInUser user) {
        return HazardTurn.of(user, unitType(user));
    }

    UnitType unitType(SignedInUser user) {
        return organization.unitType(user.unitId()).orElse(UnitType.OPERATOR);
    }
}
