package app.redline.prevention;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.RedlineTest;
import app.redline.account.AccountService;
import app.redline.organization.OrganizationSeeds;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's registers: written once, with their history counted as the schedule and the taps count it. */
@RedlineTest
class PreventionSeedsTests {

    @Autowired
    PreventionSeeds seeds;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    long single(String sql, Long enterprise) {
        return jdbc.sql(sql).param("e", enterprise).query(Long.class).single();
    }

    @Test
    void aRegisterWithWeeksOfHistoryIsWrittenOnceAndCounted() {
        Long enterprise = FreshEnterprise.create(organizationSeeds, accounts, "演示种子工厂", "Register2026pw")
                .id();
        var measure = new PreventionSeeds.MeasureSeed(
                MeasureKind.ENGINEERING,
                "防护罩",
                List.of(
                        new PreventionSeeds.TaskSeed("检查防护罩", TaskCycle.SHIFT, "班组长", null, false),
                        new PreventionSeeds.TaskSeed("检查急停", TaskCycle.DAY, "班组长", null, false)));
        var event = new PreventionSeeds.EventSeed("机械伤害", null, 3, null, 4, List.of(measure));
        var unit = new PreventionSeeds.UnitSeed("生产线", null, "张三", null, null, List.of(event));
        List<PreventionSeeds.ObjectSeed> register =
                List.of(new PreventionSeeds.ObjectSeed("车间", ObjectKind.WORKSHOP, null, List.of(unit)));
        seeds.ensureRegister(enterprise, register, 14, 7);
        seeds.ensureRegister(enterprise, register, 14, 7);

        assertThat(single("select count(*) from risk_object where enterprise_id = :e", enterprise))
                .isEqualTo(1);
        long records = single("select count(*) from investigation_record where enterprise_id = :e", enterprise);
        // 14 days of three shifts and one day each, give or take the windows still open.
        assertThat(records).isBetween(13L * 4, 14L * 4);
        // Due: every window that ended, and the two open now (the shift's and the day's).
        assertThat(single("select sum(due) from investigation_day where enterprise_id = :e", enterprise))
                .isEqualTo(records + 2);
        assertThat(single(
                        "select sum(done + found + missed) from investigation_day where enterprise_id = :e",
                        enterprise))
                .isEqualTo(records);
        assertThat(single(
                        "select count(*) from investigation_record where enterprise_id = :e and outcome = 'MISSED'",
                        enterprise))
                .isEqualTo(single("select sum(missed) from investigation_day where enterprise_id = :e", enterprise));
        // LS 3 × 4 = 12: the unit is yellow.
        assertThat(single("select count(*) from risk_unit where enterprise_id = :e and level = 'YELLOW'", enterprise))
                .isEqualTo(1);
    }
}
