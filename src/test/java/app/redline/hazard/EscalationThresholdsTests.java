package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The overdue clock's thresholds on their own (defaults: a reminder 3 days before the deadline, the
 * overdue notice 1 day after, the government after 7), without Spring or a database.
 */
class EscalationThresholdsTests {

    static final EscalationSettings DEFAULTS = new EscalationSettings(true, "0 0 7 * * *", 3, 1, 7, 1000);

    @Test
    void aRectifyingHazardIsRemindedInTheLastThreeDaysOnly() {
        assertThat(DEFAULTS.due(-4, true)).isEmpty();
        assertThat(DEFAULTS.due(-3, true)).containsExactly(EscalationStep.REMINDER);
        assertThat(DEFAULTS.due(0, true)).containsExactly(EscalationStep.REMINDER);
        // Evidence waiting for acceptance is not the enterprise's turn: no reminder.
        assertThat(DEFAULTS.due(-1, false)).isEmpty();
    }

    @Test
    void overdueThenTheGovernmentEachFromItsThresholdOn() {
        assertThat(DEFAULTS.due(1, true)).containsExactly(EscalationStep.OVERDUE);
        assertThat(DEFAULTS.due(6, false)).containsExactly(EscalationStep.OVERDUE);
        assertThat(DEFAULTS.due(7, true)).containsExactlyInAnyOrder(EscalationStep.OVERDUE, EscalationStep.GOVERNMENT);
        // After days without a run, everything missed is due at once.
        assertThat(DEFAULTS.due(30, false))
                .containsExactlyInAnyOrder(EscalationStep.OVERDUE, EscalationStep.GOVERNMENT);
    }

    @Test
    void theLevelFollowsTheThresholdsReached() {
        assertThat(DEFAULTS.level(-2)).isEqualTo(1);
        assertThat(DEFAULTS.level(1)).isEqualTo(2);
        assertThat(DEFAULTS.level(7)).isEqualTo(3);
        EscalationSettings strict = new EscalationSettings(true, "0 0 7 * * *", 5, 0, 3, 1000);
        assertThat(strict.due(0, true)).containsExactlyInAnyOrder(EscalationStep.REMINDER, EscalationStep.OVERDUE);
        assertThat(strict.level(3)).isEqualTo(3);
    }
}
