package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.account.TestUsers;
import app.redline.organization.UnitType;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Whose turn it is, on its own (DESIGN.md, "whose turn"): no Spring, no database, a hazard in
 * memory and users of the enterprise (unit 1), the department that found it (unit 2), another
 * department (unit 3) and the government (unit 4).
 */
class HazardAccessTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final SignedInUser MANAGER = TestUsers.of(1L, Role.ENTERPRISE_MANAGER);
    static final SignedInUser FINDER = TestUsers.of(2L, Role.INSPECTOR);
    static final SignedInUser OTHER_DEPARTMENT = TestUsers.of(3L, Role.SUPERVISOR);
    static final SignedInUser GOVERNMENT = TestUsers.of(4L, Role.SUPERVISOR);

    static Hazard hazard(HazardGrade grade, boolean selfFound, HazardState state) {
        Hazard hazard = new Hazard(
                new HazardFinding(1L, "仓库", "灭火器过期", HazardCategory.UNSAFE_CONDITION, grade, null),
                selfFound ? 1L : 2L,
                selfFound,
                9L,
                Instant.parse("2026-11-26T02:00:00Z"),
                TODAY);
        if (state != HazardState.REPORTED) {
            hazard.assignPlan(new RectificationPlan("更换", "张三", TODAY.plusDays(7), "1万元", "隔离", "预案"), TODAY);
        }
        if (state == HazardState.PENDING_ACCEPTANCE) {
            hazard.submitEvidence("已更换");
        }
        return hazard;
    }

    @Test
    void theEnterprisePlansAndRectifiesAndNobodyElseDoes() {
        Hazard reported = hazard(HazardGrade.GENERAL, false, HazardState.REPORTED);
        assertThat(HazardAccess.actions(MANAGER, UnitType.ENTERPRISE, reported, false))
                .contains(HazardAction.ASSIGN_PLAN);
        assertThat(HazardAccess.actions(FINDER, UnitType.DEPARTMENT, reported, false))
                .doesNotContain(HazardAction.ASSIGN_PLAN);

        Hazard rectifying = hazard(HazardGrade.GENERAL, false, HazardState.RECTIFYING);
        assertThat(HazardAccess.actions(MANAGER, UnitType.ENTERPRISE, rectifying, false))
                .contains(HazardAction.SUBMIT_EVIDENCE, HazardAction.REQUEST_EXTENSION);
        assertThat(HazardAccess.actions(MANAGER, UnitType.ENTERPRISE, rectifying, true))
                .contains(HazardAction.SUBMIT_EVIDENCE)
                .doesNotContain(HazardAction.REQUEST_EXTENSION, HazardAction.DECIDE_EXTENSION);
    }

    @Test
    void theDepartmentThatFoundItAcceptsAndDecidesExtensions() {
        Hazard pending = hazard(HazardGrade.GENERAL, false, HazardState.PENDING_ACCEPTANCE);
        assertThat(HazardAccess.actions(FINDER, UnitType.DEPARTMENT, pending, false))
                .contains(HazardAction.ACCEPT, HazardAction.REJECT);
        assertThat(HazardAccess.actions(OTHER_DEPARTMENT, UnitType.DEPARTMENT, pending, false))
                .doesNotContain(HazardAction.ACCEPT, HazardAction.REJECT);
        assertThat(HazardAccess.actions(MANAGER, UnitType.ENTERPRISE, pending, false))
                .doesNotContain(HazardAction.ACCEPT);

        Hazard rectifying = hazard(HazardGrade.GENERAL, false, HazardState.RECTIFYING);
        assertThat(HazardAccess.actions(FINDER, UnitType.DEPARTMENT, rectifying, true))
                .contains(HazardAction.DECIDE_EXTENSION);
    }

    @Test
    void anEnterpriseAcceptsItsOwnGeneralFindingsButNeverAMajorOneNorItsOwnExtension() {
        Hazard ownGeneral = hazard(HazardGrade.GENERAL, true, HazardState.PENDING_ACCEPTANCE);
        assertThat(HazardAccess.actions(MANAGER, UnitType.ENTERPRISE, ownGeneral, false))
                .contains(HazardAction.ACCEPT);

        Hazard ownMajor = hazard(HazardGrade.MAJOR, true, HazardState.PENDING_ACCEPTANCE);
        // A major hazard's treatment is evaluated (by the enterprise) before a department accepts it.
        assertThat(HazardAccess.actions(MANAGER, UnitType.ENTERPRISE, ownMajor, false))
                .containsExactly(HazardAction.EVALUATE);
        assertThat(HazardAccess.actions(OTHER_DEPARTMENT, UnitType.DEPARTMENT, ownMajor, false))
                .contains(HazardAction.REJECT)
                .doesNotContain(HazardAction.ACCEPT);
        ownMajor.evaluated(false);
        assertThat(HazardAccess.actions(MANAGER, UnitType.ENTERPRISE, ownMajor, false))
                .doesNotContain(HazardAction.ACCEPT);
        assertThat(HazardAccess.actions(OTHER_DEPARTMENT, UnitType.DEPARTMENT, ownMajor, false))
                .contains(HazardAction.ACCEPT, HazardAction.REJECT);

        Hazard ownRectifying = hazard(HazardGrade.GENERAL, true, HazardState.RECTIFYING);
        assertThat(HazardAccess.actions(MANAGER, UnitType.ENTERPRISE, ownRectifying, true))
                .doesNotContain(HazardAction.DECIDE_EXTENSION);
        assertThat(HazardAccess.actions(OTHER_DEPARTMENT, UnitType.DEPARTMENT, ownRectifying, true))
                .contains(HazardAction.DECIDE_EXTENSION);
    }

    @Test
    void supervisorsUrgeAndOnlyAGovernmentListsAnUnlistedMajorHazard() {
        Hazard major = hazard(HazardGrade.MAJOR, false, HazardState.RECTIFYING);
        assertThat(HazardAccess.actions(GOVERNMENT, UnitType.GOVERNMENT, major, false))
                .contains(HazardAction.URGE, HazardAction.LIST);
        assertThat(HazardAccess.actions(OTHER_DEPARTMENT, UnitType.DEPARTMENT, major, false))
                .contains(HazardAction.URGE)
                .doesNotContain(HazardAction.LIST);
        assertThat(HazardAccess.actions(
                        GOVERNMENT,
                        UnitType.GOVERNMENT,
                        hazard(HazardGrade.GENERAL, false, HazardState.RECTIFYING),
                        false))
                .doesNotContain(HazardAction.LIST);
        assertThat(HazardAccess.actions(MANAGER, UnitType.ENTERPRISE, major, false))
                .doesNotContain(HazardAction.URGE, HazardAction.LIST);
    }

    @Test
    void inspectorsAndTheEnterprisesOwnManagersReport() {
        assertThat(HazardAccess.mayReport(FINDER, UnitType.DEPARTMENT, 1L)).isTrue();
        assertThat(HazardAccess.mayReport(MANAGER, UnitType.ENTERPRISE, 1L)).isTrue();
        assertThat(HazardAccess.mayReport(MANAGER, UnitType.ENTERPRISE, 5L)).isFalse();
        assertThat(HazardAccess.mayReport(GOVERNMENT, UnitType.GOVERNMENT, 1L)).isFalse();
    }
}
