package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.account.Role;
import app.redline.account.TestUsers;
import app.redline.organization.UnitType;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which steps of the loop a user ever takes: my work and the header ask the database only for
 * those (a step nobody of the user's kind takes is empty without a query).
 */
class HazardTurnTests {

    private static Set<HazardAction> taken(HazardTurn turn) {
        return HazardWork.STEPS.stream()
                .filter(turn::takes)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(HazardAction.class)));
    }

    @Test
    void anEnterpriseManagerPlansRectifiesEvaluatesAndAcceptsItsOwnFindings() {
        HazardTurn turn = HazardTurn.of(TestUsers.of(7L, Role.ENTERPRISE_MANAGER), UnitType.ENTERPRISE);
        assertThat(taken(turn))
                .containsExactlyInAnyOrder(
                        HazardAction.ASSIGN_PLAN,
                        HazardAction.SUBMIT_EVIDENCE,
                        HazardAction.EVALUATE,
                        HazardAction.ACCEPT);
        assertThat(turn.takes(null)).isTrue();
    }

    @Test
    void anInspectorAcceptsAndDecidesExtensionsAndOnlyAGovernmentSupervisorDecidesWriteOffs() {
        assertThat(taken(HazardTurn.of(TestUsers.of(3L, Role.INSPECTOR), UnitType.DEPARTMENT)))
                .containsExactlyInAnyOrder(HazardAction.ACCEPT, HazardAction.DECIDE_EXTENSION);
        assertThat(taken(HazardTurn.of(TestUsers.of(2L, Role.SUPERVISOR), UnitType.GOVERNMENT)))
                .containsExactlyInAnyOrder(
                        HazardAction.ACCEPT, HazardAction.DECIDE_EXTENSION, HazardAction.DECIDE_WRITE_OFF);
    }

    @Test
    void whoTakesNoStepIsAskedNothing() {
        // An administrator's unit, an enterprise user without the manager's role, an inspector
        // placed (wrongly) in an enterprise: none of them has a step of the loop.
        assertThat(HazardTurn.of(TestUsers.of(1L, Role.ADMIN), UnitType.OPERATOR)
                        .takes(null))
                .isFalse();
        assertThat(HazardTurn.of(TestUsers.of(7L, Role.SUPERVISOR), UnitType.ENTERPRISE)
                        .takes(null))
                .isFalse();
        assertThat(HazardTurn.of(TestUsers.of(7L, Role.INSPECTOR), UnitType.ENTERPRISE)
                        .takes(null))
                .isFalse();
        assertThat(HazardTurn.of(TestUsers.of(7L, Role.ENTERPRISE_MANAGER), UnitType.ENTERPRISE)
                        .takes(HazardAction.REJECT))
                .isFalse();
    }
}
