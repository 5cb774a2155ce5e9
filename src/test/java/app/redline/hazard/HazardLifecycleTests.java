package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The state machine on its own: every allowed transition, and every refused one. */
class HazardLifecycleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    static Hazard hazard(HazardGrade grade) {
        return new Hazard(
                new HazardFinding(1L, "仓库东侧", "灭火器过期", HazardCategory.UNSAFE_CONDITION, grade, "GB 50140"),
                2L,
                false,
                3L,
                NOW,
                TODAY);
    }

    static RectificationPlan plan(LocalDate deadline) {
        return new RectificationPlan("更换灭火器", "张三", deadline, null, null, null);
    }

    static Hazard in(HazardState state) {
        Hazard hazard = hazard(HazardGrade.GENERAL);
        if (state == HazardState.REPORTED) {
            return hazard;
        }
        hazard.assignPlan(plan(TODAY.plusDays(7)), TODAY);
        if (state == HazardState.RECTIFYING) {
            return hazard;
        }
        hazard.submitEvidence("已更换");
        if (state == HazardState.PENDING_ACCEPTANCE) {
            return hazard;
        }
        hazard.accept(NOW, ZoneId.of("Asia/Shanghai"));
        return hazard;
    }

    @Test
    void theWholeLoopWithOneRejection() {
        Hazard hazard = hazard(HazardGrade.GENERAL);
        assertThat(hazard.getState()).isEqualTo(HazardState.REPORTED);
        hazard.assignPlan(plan(TODAY.plusDays(7)), TODAY);
        assertThat(hazard.getState()).isEqualTo(HazardState.RECTIFYING);
        assertThat(hazard.getDeadline()).isEqualTo(TODAY.plusDays(7));
        hazard.submitEvidence("已更换");
        assertThat(hazard.getState()).isEqualTo(HazardState.PENDING_ACCEPTANCE);
        hazard.reject("照片不清楚");
        assertThat(hazard.getState()).isEqualTo(HazardState.RECTIFYING);
        assertThat(hazard.getRejections()).isEqualTo(1);
        hazard.submitEvidence("已更换，附清晰照片");
        hazard.accept(NOW, ZoneId.of("Asia/Shanghai"));
        assertThat(hazard.getState()).isEqualTo(HazardState.CLOSED);
        assertThat(hazard.getClosedAt()).isEqualTo(NOW);
    }

    @Test
    void fixedOnTheSpotGoesStraightToAcceptance() {
        Hazard hazard = hazard(HazardGrade.GENERAL);
        hazard.fixedOnTheSpot("当场清理了通道", TODAY);
        assertThat(hazard.getState()).isEqualTo(HazardState.PENDING_ACCEPTANCE);
        assertThat(hazard.getEvidence()).isEqualTo("当场清理了通道");
    }

    @ParameterizedTest
    @EnumSource(value = HazardState.class, names = "REPORTED", mode = EnumSource.Mode.EXCLUDE)
    void aPlanIsAssignedOnlyToAReportedHazard(HazardState state) {
        Hazard hazard = in(state);
        assertRefused(() -> hazard.assignPlan(plan(TODAY.plusDays(3)), TODAY), "hazard.action.state");
        assertThat(hazard.getState()).isEqualTo(state);
    }

    @ParameterizedTest
    @EnumSource(value = HazardState.class, names = "RECTIFYING", mode = EnumSource.Mode.EXCLUDE)
    void evidenceIsSubmittedOnlyWhileRectifying(HazardState state) {
        Hazard hazard = in(state);
        assertRefused(() -> hazard.submitEvidence("done"), "hazard.action.state");
        assertThat(hazard.getState()).isEqualTo(state);
    }

    @ParameterizedTest
    @EnumSource(value = HazardState.class, names = "PENDING_ACCEPTANCE", mode = EnumSource.Mode.EXCLUDE)
    void acceptingAndRejectingNeedAPendingAcceptance(HazardState state) {
        Hazard hazard = in(state);
        assertRefused(() -> hazard.accept(NOW, ZoneId.of("Asia/Shanghai")), "hazard.action.state");
        assertRefused(() -> hazard.reject("no"), "hazard.action.state");
        assertThat(hazard.getState()).isEqualTo(state);
    }

    @ParameterizedTest
    @EnumSource(value = HazardState.class, names = "REPORTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAReportedHazardCanBeFixedOnTheSpot(HazardState state) {
        Hazard hazard = in(state);
        assertRefused(() -> hazard.fixedOnTheSpot("done", TODAY), "hazard.action.state");
    }

    @Test
    void aPlanNeedsMeasuresAPersonAndADeadlineNotInThePast() {
        Hazard hazard = hazard(HazardGrade.GENERAL);
        assertRefused(
                () -> hazard.assignPlan(new RectificationPlan(" ", "张三", TODAY, null, null, null), TODAY),
                "hazard.field.required");
        assertRefused(
                () -> hazard.assignPlan(new RectificationPlan("措施", null, TODAY, null, null, null), TODAY),
                "hazard.field.required");
        assertRefused(() -> hazard.assignPlan(plan(null), TODAY), "hazard.plan.deadline.required");
        assertRefused(() -> hazard.assignPlan(plan(TODAY.minusDays(1)), TODAY), "hazard.plan.deadline.past");
        assertThat(hazard.getState()).isEqualTo(HazardState.REPORTED);
        hazard.assignPlan(plan(TODAY), TODAY);
        assertThat(hazard.getState()).isEqualTo(HazardState.RECTIFYING);
    }

    @Test
    void aMajorHazardNeedsAllFiveInPlace() {
        Hazard hazard = hazard(HazardGrade.MAJOR);
        assertRefused(() -> hazard.assignPlan(plan(TODAY.plusDays(30)), TODAY), "hazard.field.required");
        assertRefused(
                () -> hazard.assignPlan(
                        new RectificationPlan("措施", "张三", TODAY.plusDays(30), "5万元", "设置警戒区", " "), TODAY),
                "hazard.field.required");
        assertThat(hazard.getState()).isEqualTo(HazardState.REPORTED);
        hazard.assignPlan(new RectificationPlan("措施", "张三", TODAY.plusDays(30), "5万元", "设置警戒区", "专项预案"), TODAY);
        assertThat(hazard.getState()).isEqualTo(HazardState.RECTIFYING);
    }

    @Test
    void rejectingNeedsAReason() {
        Hazard hazard = in(HazardState.PENDING_ACCEPTANCE);
        assertRefused(() -> hazard.reject(""), "hazard.field.required");
        assertThat(hazard.getState()).isEqualTo(HazardState.PENDING_ACCEPTANCE);
    }

    @Test
    void anExtensionMovesTheDeadlineLaterButNeverTheState() {
        Hazard hazard = in(HazardState.RECTIFYING);
        LocalDate deadline = hazard.getDeadline();
        assertRefused(() -> hazard.checkExtension(deadline, "原期限", TODAY), "hazard.extension.deadline");
        assertRefused(() -> hazard.checkExtension(deadline.plusDays(5), " ", TODAY), "hazard.field.required");
        hazard.checkExtension(deadline.plusDays(5), "材料未到", TODAY);
        hazard.extendTo(deadline.plusDays(5));
        assertThat(hazard.getDeadline()).isEqualTo(deadline.plusDays(5));
        assertThat(hazard.getState()).isEqualTo(HazardState.RECTIFYING);
        assertRefused(
                () -> in(HazardState.REPORTED).checkExtension(TODAY.plusDays(9), "x", TODAY), "hazard.action.state");
        assertRefused(() -> in(HazardState.CLOSED).extendTo(TODAY.plusDays(9)), "hazard.action.state");
    }

    @Test
    void overdueIsDerivedFromTheDeadlineAndEndsWithClosing() {
        Hazard hazard = in(HazardState.RECTIFYING);
        assertThat(hazard.daysOverdue(TODAY)).isEqualTo(-7);
        assertThat(hazard.isOverdue(TODAY.plusDays(7))).isFalse();
        assertThat(hazard.isOverdue(TODAY.plusDays(8))).isTrue();
        assertThat(in(HazardState.CLOSED).daysOverdue(TODAY.plusDays(30))).isNull();
        assertThat(in(HazardState.REPORTED).daysOverdue(TODAY)).isNull();
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run)
                .isInstanceOf(HazardRefused.class)
                .extracting("code")
                .isEqualTo(code);
    }
}
