package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.organization.Unit;
import app.redline.organization.UnitType;
import app.redline.system.LikePattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
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

    private final app.redline.system.FormSubmissions submissions;
    private final HazardRepository hazards;
    private final HazardEventRepository events;
    private final HazardExtensionRepository extensions;
    private final HazardPhotoRepository photos;
    private final PhotoStore photoStore;
    private final PhotoUploads photoUploads;
    private final OrganizationService organization;
    private final Clock clock;
    private final EntityManager entityManager;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    /** A row of the ledger. */
    record HazardRow(Hazard hazard, String enterpriseName, Long daysOverdue) {}

    /**
     * A hazard as the full ledger (台账) exports it: with its enterprise (region, industries), the
     * unit that found it, and who accepted it with what opinion (null while open).
     */
    record ExportRow(
            Hazard hazard,
            app.redline.organization.EnterpriseRow enterprise,
            String foundBy,
            HazardEvent acceptance,
            Long daysOverdue) {}

    /** Region and industry filters matching up to this many enterprises filter by their ids. */
    static final int ENTERPRISE_LIST_LIMIT = 2_000;

    static final int EXPORT_BATCH = 1_000;

    /** The ledger counts exactly up to here, and shows "more than" beyond. */
    static final int COUNT_CAP = 2_000;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A page of the ledger. The count is exact up to {@link #COUNT_CAP}; beyond it the ledger says
     * "more than" instead of counting a million rows for every page.
     */
    Page<HazardRow> ledger(Scope scope, HazardFilter filter, Pageable pageable) {
        LocalDate today = today();
        Specification<Hazard> spec = ledgerSpec(scope, filter, today);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Hazard> query = cb.createQuery(Hazard.class);
        Root<Hazard> root = query.from(Hazard.class);
        query.where(spec.toPredicate(root, query, cb)).orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
        List<Hazard> content = entityManager
                .createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Hazard> counted = ids.from(Hazard.class);
        ids.select(counted.get("id")).where(spec.toPredicate(counted, ids, cb));
        long total = entityManager
                .createQuery(ids)
                .setMaxResults(COUNT_CAP + 1)
                .getResultList()
                .size();
        Map<Long, String> names = organization.unitNames(
                content.stream().map(Hazard::getEnterpriseId).collect(Collectors.toSet()));
        List<HazardRow> rows = content.stream()
                .map(h -> new HazardRow(h, names.get(h.getEnterpriseId()), h.daysOverdue(today)))
                .toList();
        return new PageImpl<>(rows, pageable, Math.max(total, pageable.getOffset() + rows.size()));
    }

    /** The ledger's rows for a scope and filter, as a specification. */
    private Specification<Hazard> ledgerSpec(Scope scope, HazardFilter filter, LocalDate today) {
        Specification<Hazard> spec = inScope(scope).and(matching(filter, today));
        if (blank(filter.regionCode()) && blank(filter.industryCode())) {
            spec = spec.and(matchingEnterprise(filter));
        } else {
            // A short list of the enterprises in that region or industry lets PostgreSQL use the
            // hazards' enterprise index instead of walking the whole ledger in date order.
            List<Long> enterprises = organization.enterpriseIds(
                    scope, filter.regionCode(), filter.industryCode(), ENTERPRISE_LIST_LIMIT + 1);
            spec = spec.and(
                    enterprises.size() <= ENTERPRISE_LIST_LIMIT
                            ? inEnterprises(enterprises)
                            : matchingEnterprise(filter));
        }
        return spec;
    }

    /**
     * Hands every row of the ledger (newest first) to {@code rows}, a batch at a time by id, so an
     * export of a million hazards holds one batch in memory.
     */
    void export(Scope scope, HazardFilter filter, java.util.function.Consumer<ExportRow> rows) {
        LocalDate today = today();
        Specification<Hazard> spec = ledgerSpec(scope, filter, today);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        Long after = null;
        while (true) {
            CriteriaQuery<Hazard> query = cb.createQuery(Hazard.class);
            Root<Hazard> root = query.from(Hazard.class);
            Long last = after;
            Specification<Hazard> batch = last == null ? spec : spec.and((h, q, b) -> b.lessThan(h.get("id"), last));
            query.where(batch.toPredicate(root, query, cb)).orderBy(cb.desc(root.get("id")));
            List<Hazard> content =
                    entityManager.createQuery(query).setMaxResults(EXPORT_BATCH).getResultList();
            if (content.isEmpty()) {
                return;
            }
            // A few queries per batch of a thousand, never one per row.
            Map<Long, app.redline.organization.EnterpriseRow> enterprises = organization.enterpriseRows(
                    content.stream().map(Hazard::getEnterpriseId).collect(Collectors.toSet()));
            Map<Long, String> finders = organization.unitNames(
                    content.stream().map(Hazard::getFoundByUnitId).collect(Collectors.toSet()));
            Map<Long, HazardEvent> acceptances = new java.util.HashMap<>();
            events.findByHazardIdInAndTypeInOrderByIdAsc(
                            content.stream()
                                    .filter(h -> h.getState() == HazardState.CLOSED)
                                    .map(Hazard::getId)
                                    .toList(),
                            List.of(HazardEvent.Type.ACCEPTED, HazardEvent.Type.REINSPECTED_RECTIFIED))
                    .forEach(e -> acceptances.put(e.getHazardId(), e));
            content.forEach(h -> rows.accept(new ExportRow(
                    h,
                    enterprises.get(h.getEnterpriseId()),
                    finders.get(h.getFoundByUnitId()),
                    acceptances.get(h.getId()),
                    h.daysOverdue(today))));
            after = content.get(content.size() - 1).getId();
            entityManager.clear();
        }
    }

    Hazard load(Scope scope, Long id) {
        Specification<Hazard> withId = (hazard, query, cb) -> cb.equal(hazard.get("id"), id);
        return hazards.findOne(inScope(scope).and(withId)).orElseThrow(() -> new HazardNotFoundException(id));
    }

    HazardPage page(SignedInUser user, Scope scope, Long id) {
        Hazard hazard = load(scope, id);
        List<HazardExtension> requests = extensions.findByHazardIdOrderByRequestedAtAscIdAsc(id);
        boolean pending = requests.stream().anyMatch(e -> e.getStatus() == HazardExtension.Status.PENDING);
        return new HazardPage(
                hazard,
                organization.enterprise(scope, hazard.getEnterpriseId()),
                organization
                        .findUnit(hazard.getFoundByUnitId())
                        .map(u -> u.name())
                        .orElse(""),
                events.findByHazardIdOrderByAtAscIdAsc(id),
                requests,
                photos.findByHazardIdOrderByIdAsc(id),
                HazardAccess.actions(user, unitType(user), hazard, pending),
                today(),
                hazard.isListed()
                        ? organization
                                .findUnit(hazard.getListedByUnitId())
                                .map(u -> u.name())
                                .orElse("")
                        : null);
    }

    boolean mayReport(SignedInUser user, Scope scope, Long enterpriseId) {
        organization.enterprise(scope, enterpriseId);
        return HazardAccess.mayReport(user, unitType(user), enterpriseId);
    }

    @Transactional
    Long report(
            SignedInUser user,
            Scope scope,
            Hazard.Finding finding,
            boolean fixedOnTheSpot,
            String evidence,
            List<Long> uploads) {
        return report(
                user,
                scope,
                finding,
                fixedOnTheSpot,
                evidence,
                null,
                null,
                null,
                photoUploads.take(user.id(), uploads));
    }

    @Transactional
    Long report(
            SignedInUser user,
            Scope scope,
            Hazard.Finding finding,
            boolean fixedOnTheSpot,
            String evidence,
            String checklistItem,
            Long inspectionId,
            Long campaignId,
            List<KeptPhoto> kept) {
        submissions.claim();
        organization.enterprise(scope, finding.enterpriseId());
        UnitType unit = unitType(user);
        if (!HazardAccess.mayReport(user, unit, finding.enterpriseId())) {
            throw new AccessDeniedException("Not allowed to report hazards here");
        }
        Instant now = Instant.now(clock);
        Hazard hazard = new Hazard(finding, user.unitId(), unit == UnitType.ENTERPRISE, user.id(), now, today());
        hazard.foundIn(inspectionId, campaignId, checklistItem);
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

    HazardPhoto photo(Scope scope, Long hazardId, Long photoId) {
        load(scope, hazardId);
        return photos.findById(photoId)
                .filter(p -> p.getHazardId().equals(hazardId))
                .orElseThrow(() -> new HazardNotFoundException(hazardId));
    }

    PhotoStore.Loaded photoFile(HazardPhoto photo, boolean thumbnail) {
        return photoStore.load(photo.getFile(), thumbnail);
    }

    private Hazard acting(SignedInUser user, Scope scope, Long id, long version, HazardAction action) {
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
                throw new HazardRefused("hazard.action.state");
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

    private UnitType unitType(SignedInUser user) {
        return organization.findUnit(user.unitId()).map(u -> u.type()).orElse(UnitType.OPERATOR);
    }

    static Specification<Hazard> inScope(Scope scope) {
        return (hazard, query, cb) -> scope.coversEnterpriseId(hazard.get("enterpriseId"), query, cb);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Specification<Hazard> inEnterprises(List<Long> ids) {
        return (hazard, query, cb) ->
                ids.isEmpty() ? cb.disjunction() : hazard.get("enterpriseId").in(ids);
    }

    /** The region and industry filters as a subquery over enterprises. */
    static Specification<Hazard> matchingEnterprise(HazardFilter filter) {
        return (hazard, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String region = LikePattern.prefix(filter.regionCode());
            boolean industry =
                    filter.industryCode() != null && !filter.industryCode().isBlank();
            if (region != null || industry) {
                Subquery<Long> enterprises = query.subquery(Long.class);
                Root<Unit> unit = enterprises.from(Unit.class);
                List<Predicate> unitWhere = new ArrayList<>();
                if (region != null) {
                    unitWhere.add(cb.like(unit.get("region").get("code"), region, '\\'));
                }
                if (industry) {
                    unitWhere.add(cb.equal(unit.join("industries").get("code"), filter.industryCode()));
                }
                enterprises.select(unit.get("id")).where(unitWhere.toArray(Predicate[]::new));
                where.add(hazard.get("enterpriseId").in(enterprises));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static Specification<Hazard> matching(HazardFilter filter, LocalDate today) {
        return (hazard, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.state() != null) {
                where.add(cb.equal(hazard.get("state"), filter.state()));
            }
            if (filter.grade() != null) {
                where.add(cb.equal(hazard.get("grade"), filter.grade()));
            }
            if (filter.overdueOnly()) {
                where.add(cb.notEqual(hazard.get("state"), HazardState.CLOSED));
                where.add(cb.lessThan(hazard.get("deadline"), today));
            }
            if (filter.enterpriseId() != null) {
                where.add(cb.equal(hazard.get("enterpriseId"), filter.enterpriseId()));
            }
            if (filter.campaignId() != null) {
                where.add(cb.equal(hazard.get("campaignId"), filter.campaignId()));
            }
            if (filter.reportedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(hazard.get("reportedOn"), filter.reportedFrom()));
            }
            if (filter.reportedTo() != null) {
                where.add(cb.lessThanOrEqualTo(hazard.get("reportedOn"), filter.reportedTo()));
            }
            if (filter.deadlineFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(hazard.get("deadline"), filter.deadlineFrom()));
            }
            if (filter.deadlineTo() != null) {
                where.add(cb.lessThanOrEqualTo(hazard.get("deadline"), filter.deadlineTo()));
            }
            if (filter.openOnly()) {
                where.add(cb.notEqual(hazard.get("state"), HazardState.CLOSED));
            }
            if (filter.listedOnly()) {
                where.add(cb.isNotNull(hazard.get("listedAt")));
            }
            if (filter.closedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(hazard.get("closedOn"), filter.closedFrom()));
            }
            if (filter.closedTo() != null) {
                where.add(cb.lessThanOrEqualTo(hazard.get("closedOn"), filter.closedTo()));
            }
            if (filter.onTimeOnly()) {
                where.add(cb.lessThanOrEqualTo(hazard.get("closedOn"), hazard.<LocalDate>get("deadline")));
            }
            if (filter.turn() != null) {
                where.add(filter.turn().spec(null).toPredicate(hazard, query, cb));
            }
            String text = LikePattern.contains(filter.text());
            if (text != null) {
                where.add(cb.like(hazard.get("searchText"), text, '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
