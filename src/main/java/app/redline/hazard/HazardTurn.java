package app.redline.hazard;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.UnitType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Whose turn a hazard is, as a query (the same rules as {@link HazardAccess}, for whole lists):
 * the enterprise's managers assign the plan and submit evidence; the accepting side accepts and
 * — the unit that found the hazard, or for a hazard the enterprise found itself its managers
 * (GENERAL) or a supervising department (MAJOR); extensions are decided by the unit that found the
 * hazard, or a supervising department, never the enterprise. A major hazard's closing
 * ({@link ClosingStep}) is the enterprise's (evaluation, applications), the accepting side's
 * (restart decision, acceptance, verification) or the listing government's (write-off approval).
 * Always combined with the scope.
 */
record HazardTurn(
        Long unitId, UnitType unitType, boolean manager, boolean inspectorOrSupervisor, boolean governmentSupervisor) {

    static HazardTurn of(SignedInUser user, UnitType unitType) {
        return new HazardTurn(
                user.unitId(),
                unitType,
                unitType == UnitType.ENTERPRISE && user.hasRole(Role.ENTERPRISE_MANAGER),
                (unitType == UnitType.DEPARTMENT || unitType == UnitType.GOVERNMENT)
                        && (user.hasRole(Role.INSPECTOR) || user.hasRole(Role.SUPERVISOR)),
                unitType == UnitType.GOVERNMENT && user.hasRole(Role.SUPERVISOR));
    }

    /**
     * Whether this user ever takes a step of this kind (or, for null, any step): a list or a count of
     * a step the user never takes is empty without asking the database.
     */
    boolean takes(HazardAction step) {
        if (step == null) {
            return HazardWork.STEPS.stream().anyMatch(this::takes);
        }
        return switch (step) {
            case ASSIGN_PLAN, SUBMIT_EVIDENCE, EVALUATE -> manager;
            case ACCEPT -> manager || inspectorOrSupervisor;
            case DECIDE_WRITE_OFF -> governmentSupervisor;
            case DECIDE_EXTENSION -> inspectorOrSupervisor;
            default -> false;
        };
    }

    private boolean asks(HazardAction asked, HazardAction step) {
        return (asked == null || asked == step) && takes(step);
    }

    /** Hazards whose next step is this user's, of one kind of step or (null) of any. */
    Specification<Hazard> spec(HazardAction step) {
        return (h, query, cb) -> {
            List<Predicate> any = new ArrayList<>();
            if (asks(step, HazardAction.ASSIGN_PLAN)) {
                any.add(cb.and(
                        cb.equal(h.get(Hazard_.enterpriseId), unitId),
                        cb.equal(h.get(Hazard_.state), HazardState.REPORTED)));
            }
            if (asks(step, HazardAction.SUBMIT_EVIDENCE)) {
                any.add(cb.and(
                        cb.equal(h.get(Hazard_.enterpriseId), unitId),
                        cb.equal(h.get(Hazard_.state), HazardState.RECTIFYING)));
            }
            if (asks(step, HazardAction.EVALUATE)) {
                any.add(cb.and(
                        cb.equal(h.get(Hazard_.enterpriseId), unitId),
                        h.get(Hazard_.closingStep).in(ClosingStep.ENTERPRISE)));
            }
            if (asks(step, HazardAction.ACCEPT)) {
                any.add(cb.and(
                        accepts(h, cb),
                        cb.equal(h.get(Hazard_.state), HazardState.PENDING_ACCEPTANCE),
                        cb.or(
                                cb.isNull(h.get(Hazard_.closingStep)),
                                h.get(Hazard_.closingStep).in(ClosingStep.ACCEPTING))));
            }
            if (asks(step, HazardAction.DECIDE_WRITE_OFF)) {
                any.add(cb.and(
                        cb.equal(h.get(Hazard_.listedByUnitId), unitId),
                        cb.equal(h.get(Hazard_.closingStep), ClosingStep.WRITE_OFF_DECISION)));
            }
            if (asks(step, HazardAction.DECIDE_EXTENSION)) {
                Subquery<Long> pending = query.subquery(Long.class);
                Root<HazardExtension> extension = pending.from(HazardExtension.class);
                pending.select(extension.get(HazardExtension_.hazardId))
                        .where(
                                cb.equal(extension.get(HazardExtension_.hazardId), h.get(Hazard_.id)),
                                cb.equal(extension.get(HazardExtension_.status), HazardExtension.Status.PENDING));
                any.add(cb.and(
                        decidesExtensions(h, cb),
                        cb.notEqual(h.get(Hazard_.state), HazardState.CLOSED),
                        cb.exists(pending)));
            }
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
        };
    }

    /** The hazards whose extensions this user decides (an inspector's or a supervisor's). */
    private Predicate decidesExtensions(Root<Hazard> h, CriteriaBuilder cb) {
        Predicate found = cb.and(cb.isFalse(h.get(Hazard_.selfFound)), cb.equal(h.get(Hazard_.foundByUnitId), unitId));
        return unitType == UnitType.DEPARTMENT ? cb.or(found, cb.isTrue(h.get(Hazard_.selfFound))) : found;
    }

    /** The hazards this user accepts (in any state); only asked when the user accepts some. */
    private Predicate accepts(Root<Hazard> h, CriteriaBuilder cb) {
        List<Predicate> any = new ArrayList<>();
        if (inspectorOrSupervisor) {
            any.add(cb.and(cb.isFalse(h.get(Hazard_.selfFound)), cb.equal(h.get(Hazard_.foundByUnitId), unitId)));
            if (unitType == UnitType.DEPARTMENT) {
                any.add(cb.and(cb.isTrue(h.get(Hazard_.selfFound)), cb.equal(h.get(Hazard_.grade), HazardGrade.MAJOR)));
            }
        }
        if (manager) {
            any.add(cb.and(
                    cb.isTrue(h.get(Hazard_.selfFound)),
                    cb.equal(h.get(Hazard_.grade), HazardGrade.GENERAL),
                    cb.equal(h.get(Hazard_.enterpriseId), unitId)));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }
}
