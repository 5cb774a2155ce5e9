package app.redline.hazard;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazards whose next step is the user's (待我处理): plans to assign, evidence to submit,
 * acceptances and extension requests to decide — in the user's scope, overdue first. Counted in
 * SQL, each count capped at {@link #CAP}.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class HazardWork {

    /** Counts stop here ("99+"): a badge does not need more. */
    public static final int CAP = 100;

    /** The steps that make up my work, in the order the home page lists them. */
    public static final List<HazardAction> STEPS = List.of(
            HazardAction.ASSIGN_PLAN,
            HazardAction.SUBMIT_EVIDENCE,
            HazardAction.EVALUATE,
            HazardAction.ACCEPT,
            HazardAction.DECIDE_WRITE_OFF,
            HazardAction.DECIDE_EXTENSION);

    /** One hazard waiting for the user. */
    public record Item(
            HazardAction step,
            long hazardId,
            String description,
            String enterpriseName,
            HazardGrade grade,
            LocalDate deadline,
            Long daysOverdue) {}

    /** The user's hazard work: how many of each step, and the first few, overdue first. */
    public record Summary(Map<HazardAction, Long> counts, List<Item> items) {

        /** The steps in the order the home page lists them. */
        public List<HazardAction> steps() {
            return STEPS;
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(HazardAction step) {
            return counts.getOrDefault(step, 0L);
        }
    }

    private final HazardService hazards;
    private final OrganizationService organization;
    private final EntityManager entityManager;
    private final Clock clock;

    public Summary of(SignedInUser user, Scope scope, int limit) {
        HazardTurn turn = hazards.turnOf(user);
        Map<HazardAction, Long> counts = new EnumMap<>(HazardAction.class);
        for (HazardAction step : STEPS) {
            if (!turn.takes(step)) {
                continue;
            }
            long count = count(HazardSpecifications.inScope(scope).and(turn.spec(step)));
            if (count > 0) {
                counts.put(step, count);
            }
        }
        if (counts.isEmpty()) {
            return new Summary(counts, List.of());
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Hazard> query = cb.createQuery(Hazard.class);
        Root<Hazard> root = query.from(Hazard.class);
        Specification<Hazard> spec = HazardSpecifications.inScope(scope).and(turn.spec(null));
        // By deadline (PostgreSQL puts those without one last) over the open hazards: the partial
        // deadline index gives them in that order, so the first few are found without sorting all
        // of the user's work (a department may have 100,000 acceptances waiting).
        query.where(spec.toPredicate(root, query, cb), cb.notEqual(root.get(Hazard_.state), HazardState.CLOSED))
                .orderBy(cb.asc(root.get(Hazard_.deadline)), cb.desc(root.get(Hazard_.id)));
        List<Hazard> first =
                entityManager.createQuery(query).setMaxResults(limit).getResultList();
        Map<Long, String> names = organization.unitNames(
                first.stream().map(Hazard::getEnterpriseId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        List<Item> items = first.stream()
                .map(h -> new Item(
                        stepOf(h, turn),
                        h.getId(),
                        h.getDescription(),
                        names.get(h.getEnterpriseId()),
                        h.getGrade(),
                        h.getDeadline(),
                        h.daysOverdue(today)))
                .toList();
        return new Summary(counts, items);
    }

    /** How many hazards wait for the user (the header's badge), at most {@link #CAP}. */
    public long count(SignedInUser user, Scope scope) {
        HazardTurn turn = hazards.turnOf(user);
        return turn.takes(null) ? count(HazardSpecifications.inScope(scope).and(turn.spec(null))) : 0;
    }

    private long count(Specification<Hazard> spec) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Hazard> root = ids.from(Hazard.class);
        ids.select(root.get(Hazard_.id)).where(spec.toPredicate(root, ids, cb));
        return entityManager.createQuery(ids).setMaxResults(CAP).getResultList().size();
    }

    /** A major hazard's closing: the enterprise's steps, the listing government's, else the acceptance. */
    private static HazardAction closingStepOf(Hazard hazard) {
        ClosingStep step = hazard.getClosingStep();
        if (step != null && ClosingStep.ENTERPRISE.contains(step)) {
            return HazardAction.EVALUATE;
        }
        return step == ClosingStep.WRITE_OFF_DECISION ? HazardAction.DECIDE_WRITE_OFF : HazardAction.ACCEPT;
    }

    private static HazardAction stepOf(Hazard hazard, HazardTurn turn) {
        return switch (hazard.getState()) {
            case REPORTED -> HazardAction.ASSIGN_PLAN;
            case RECTIFYING ->
                turn.manager() && hazard.getEnterpriseId().equals(turn.unitId())
                        ? HazardAction.SUBMIT_EVIDENCE
                        : HazardAction.DECIDE_EXTENSION;
            case PENDING_ACCEPTANCE -> closingStepOf(hazard);
            case CLOSED -> HazardAction.DECIDE_EXTENSION;
        };
    }
}
