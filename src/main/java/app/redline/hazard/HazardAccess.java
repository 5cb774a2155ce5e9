package app.redline.hazard;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.UnitType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whose turn it is (DESIGN.md). The enterprise's safety managers plan, rectify and ask for
 * extensions. The accepting side accepts, rejects and decides extensions: the department that found
 * the hazard; for a hazard the enterprise found itself, its own managers, except a MAJOR one, which
 * a supervising department accepts. Extensions are never decided by the enterprise that asks for
 * them: the department that found the hazard decides, and for a hazard the enterprise found itself a
 * supervising department (otherwise an enterprise could move its own deadlines and never be escalated
 * to the government). A major hazard's closing ({@link ClosingStep}) has steps of its own: the
 * enterprise evaluates and applies, the accepting side decides a restart and verifies a write-off,
 * the government that listed the hazard approves the write-off. Seeing the hazard at all (the
 * scope) is checked before this.
 */
final class HazardAccess {

    private HazardAccess() {}

    static Set<HazardAction> actions(SignedInUser user, UnitType userUnit, Hazard hazard, boolean extensionPending) {
        Set<HazardAction> actions = EnumSet.noneOf(HazardAction.class);
        boolean enterpriseSide = isEnterpriseManager(user, hazard);
        boolean acceptingSide = accepts(user, userUnit, hazard);
        switch (hazard.getState()) {
            case REPORTED -> {
                if (enterpriseSide) {
                    actions.add(HazardAction.ASSIGN_PLAN);
                }
            }
            case RECTIFYING -> {
                if (enterpriseSide) {
                    actions.add(HazardAction.SUBMIT_EVIDENCE);
                    if (!extensionPending) {
                        actions.add(HazardAction.REQUEST_EXTENSION);
                    }
                }
            }
            case PENDING_ACCEPTANCE -> {
                // A major hazard is accepted only once its closing is ready; the accepting side
                // may send it back at any step of the closing.
                ClosingStep step = hazard.getClosingStep();
                if (acceptingSide) {
                    actions.add(HazardAction.REJECT);
                }
                HazardAction next = step == null ? HazardAction.ACCEPT : step.action();
                if (onTheSideOf(user, userUnit, hazard, next)) {
                    actions.add(next);
                }
            }
            case CLOSED -> {}
        }
        if (extensionPending
                && decidesExtensions(user, userUnit, hazard)
                && hazard.getState().isOpen()) {
            actions.add(HazardAction.DECIDE_EXTENSION);
        }
        if (hazard.getState().isOpen() && supervises(user, userUnit)) {
            actions.add(HazardAction.URGE);
            if (userUnit == UnitType.GOVERNMENT
                    && user.hasRole(Role.SUPERVISOR)
                    && hazard.getGrade() == HazardGrade.MAJOR
                    && !hazard.isListed()) {
                actions.add(HazardAction.LIST);
            }
        }
        return actions;
    }

    /**
     * Whether the user is on the side that takes this kind of step at all (the enterprise plans and
     * rectifies, the accepting side decides), whatever the hazard's state.
     */
    static boolean onTheSideOf(SignedInUser user, UnitType userUnit, Hazard hazard, HazardAction action) {
        return switch (action) {
            case ASSIGN_PLAN, SUBMIT_EVIDENCE, REQUEST_EXTENSION, EVALUATE, REQUEST_RESTART, REQUEST_WRITE_OFF ->
                isEnterpriseManager(user, hazard);
            case ACCEPT, REJECT, DECIDE_RESTART, CHECK_WRITE_OFF -> accepts(user, userUnit, hazard);
            case DECIDE_WRITE_OFF -> listedBy(user, userUnit, hazard);
            case DECIDE_EXTENSION -> decidesExtensions(user, userUnit, hazard);
            case URGE -> supervises(user, userUnit);
            case LIST -> userUnit == UnitType.GOVERNMENT && user.hasRole(Role.SUPERVISOR);
        };
    }

    /** Who may report a hazard at an enterprise the user already sees: inspectors, or its own managers. */
    static boolean mayReport(SignedInUser user, UnitType userUnit, Long enterpriseId) {
        if (userUnit == UnitType.ENTERPRISE) {
            return user.unitId().equals(enterpriseId) && user.hasRole(Role.ENTERPRISE_MANAGER);
        }
        return (userUnit == UnitType.DEPARTMENT || userUnit == UnitType.GOVERNMENT) && user.hasRole(Role.INSPECTOR);
    }

    /** Supervisors and inspectors of departments and governments supervise what their scope holds. */
    static boolean supervises(SignedInUser user, UnitType userUnit) {
        return (userUnit == UnitType.DEPARTMENT || userUnit == UnitType.GOVERNMENT)
                && (user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.INSPECTOR));
    }

    private static boolean isEnterpriseManager(SignedInUser user, Hazard hazard) {
        return user.unitId().equals(hazard.getEnterpriseId()) && user.hasRole(Role.ENTERPRISE_MANAGER);
    }

    /**
     * A supervisor of the government that listed the hazard: it approves the write-off (of a hazard
     * no longer listed, any government supervisor is on that side, and is told the step is done).
     */
    private static boolean listedBy(SignedInUser user, UnitType userUnit, Hazard hazard) {
        return userUnit == UnitType.GOVERNMENT
                && user.hasRole(Role.SUPERVISOR)
                && (!hazard.isListed() || user.unitId().equals(hazard.getListedByUnitId()));
    }

    private static boolean decidesExtensions(SignedInUser user, UnitType userUnit, Hazard hazard) {
        boolean supervisor = user.hasRole(Role.INSPECTOR) || user.hasRole(Role.SUPERVISOR);
        if (!hazard.isSelfFound()) {
            return supervisor && user.unitId().equals(hazard.getFoundByUnitId());
        }
        return supervisor && userUnit == UnitType.DEPARTMENT;
    }

    private static boolean accepts(SignedInUser user, UnitType userUnit, Hazard hazard) {
        boolean supervisor = user.hasRole(Role.INSPECTOR) || user.hasRole(Role.SUPERVISOR);
        if (!hazard.isSelfFound()) {
            return supervisor && user.unitId().equals(hazard.getFoundByUnitId());
        }
        if (hazard.getGrade() == HazardGrade.GENERAL) {
            return isEnterpriseManager(user, hazard);
        }
        return supervisor && userUnit == UnitType.DEPARTMENT;
    }
}
