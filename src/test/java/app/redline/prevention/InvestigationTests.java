package app.redline.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.Scope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Investigation tasks falling due by their cycle, done with one tap, and missed when their window closes. */
@RedlineTest
class InvestigationTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvestigationSchedule schedule;

    @Autowired
    MissedInvestigations missed;

    @Autowired
    Clock clock;

    ScopeFixture fixture;
    Long enterprise;
    RequestPostProcessor manager;
    Long task;

    @BeforeEach
    void setUp() {
        fixture = new ScopeFixture(organizationSeeds);
        FreshEnterprise fresh = FreshEnterprise.create(organizationSeeds, accounts, "排查测试加油站", "Register2026pw");
        enterprise = fresh.id();
        manager = user(userDetails.loadUserByUsername(fresh.manager()));
        task = dailyTask();
    }

    void post(String uri, Map<String, String> params) {
        var request = mvc.post().uri(uri).with(manager).with(csrf());
        for (var p : params.entrySet()) {
            request = request.param(p.getKey(), p.getValue());
        }
        request.exchange();
    }

    /** A register with one daily task, of a post (so the enterprise's safety managers do it). */
    Long dailyTask() {
        post("/enterprises/" + enterprise + "/risks/objects", Map.of("name", "加油区", "kind", "PLACE"));
        Long object = single("select id from risk_object where enterprise_id = " + enterprise);
        post(
                "/enterprises/" + enterprise + "/risks/units",
                Map.of("objectId", object.toString(), "name", "加油机", "responsiblePerson", "王五"));
        Long unit = single("select id from risk_unit where enterprise_id = " + enterprise);
        post(
                "/risks/units/" + unit + "/events",
                Map.of("description", "油气泄漏", "method", "LS", "likelihood", "3", "severity", "4"));
        Long event = single("select id from risk_event where unit_id = " + unit);
        post(
                "/risks/units/" + unit + "/measures",
                Map.of("eventId", event.toString(), "kind", "MAINTENANCE", "description", "定期检查加油机密封"));
        Long measure = single("select id from control_measure where event_id = " + event);
        post(
                "/risks/units/" + unit + "/tasks",
                Map.of("measureId", measure.toString(), "content", "检查加油机有无渗漏", "cycle", "DAY", "post", "加油员"));
        return single("select id from investigation_task where measure_id = " + measure);
    }

    Long single(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    Map<String, Object> day(LocalDate day) {
        return jdbc.sql("select due, done, found, missed from investigation_day where enterprise_id = :e and day = :d")
                .param("e", enterprise)
                .param("d", day)
                .query()
                .singleRow();
    }

    @Test
    void windowsFollowTheCycles() {
        Instant at = ZonedDateTime.of(2026, 11, 26, 9, 30, 0, 0, SHANGHAI).toInstant(); // a Thursday
        assertThat(TaskWindow.at(TaskCycle.HOUR, at, SHANGHAI).start())
                .isEqualTo(ZonedDateTime.of(2026, 11, 26, 9, 0, 0, 0, SHANGHAI).toInstant());
        TaskWindow shift = TaskWindow.at(TaskCycle.SHIFT, at, SHANGHAI);
        assertThat(Duration.between(shift.start(), shift.end())).isEqualTo(Duration.ofHours(8));
        assertThat(shift.start())
                .isEqualTo(ZonedDateTime.of(2026, 11, 26, 8, 0, 0, 0, SHANGHAI).toInstant());
        assertThat(TaskWindow.at(TaskCycle.WEEK, at, SHANGHAI).start())
                .isEqualTo(ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, SHANGHAI).toInstant());
        TaskWindow quarter = TaskWindow.at(TaskCycle.QUARTER, at, SHANGHAI);
        assertThat(quarter.start())
                .isEqualTo(ZonedDateTime.of(2026, 10, 1, 0, 0, 0, 0, SHANGHAI).toInstant());
        assertThat(quarter.end())
                .isEqualTo(ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, SHANGHAI).toInstant());
        assertThat(quarter.day(SHANGHAI)).isEqualTo(LocalDate.of(2026, 12, 31));

        Instant monday = ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, SHANGHAI).toInstant();
        Instant tuesday = monday.plus(Duration.ofDays(1));
        assertThat(TaskWindow.endingBetween(TaskCycle.HOUR, monday, tuesday, SHANGHAI))
                .hasSize(24);
        assertThat(TaskWindow.endingBetween(TaskCycle.SHIFT, monday, tuesday, SHANGHAI))
                .hasSize(3);
        assertThat(TaskWindow.endingBetween(TaskCycle.DAY, monday, tuesday, SHANGHAI))
                .hasSize(1);
        assertThat(TaskWindow.endingBetween(TaskCycle.WEEK, monday, tuesday, SHANGHAI))
                .isEmpty();
        // Half a day in: no day ended yet.
        assertThat(TaskWindow.endingBetween(TaskCycle.DAY, monday, monday.plus(Duration.ofHours(12)), SHANGHAI))
                .isEmpty();
    }

    @Test
    void aDueTaskIsDoneWithOneTapOnceAndCounted() {
        var due = mvc.get()
                .uri("/investigations")
                .header("Accept-Language", "en")
                .with(manager)
                .exchange();
        assertThat(due).hasStatusOk().bodyText().contains("检查加油机有无渗漏", "加油机", "Normal", "Hazard found");
        TaskWindow window = TaskWindow.at(TaskCycle.DAY, Instant.now(clock), clock.getZone());

        for (int tap = 0; tap < 2; tap++) {
            assertThat(mvc.post()
                            .uri("/investigations/" + task + "/normal")
                            .param("slot", String.valueOf(window.start().toEpochMilli()))
                            .with(manager)
                            .with(csrf())
                            .exchange())
                    .hasStatus3xxRedirection()
                    .hasRedirectedUrl("/investigations")
                    .flash()
                    .containsEntry("message", tap == 0 ? "investigation.recorded" : "investigation.recordedAlready");
        }
        assertThat(single("select count(*) from investigation_record where task_id = " + task
                        + " and outcome = 'NORMAL'"))
                .isEqualTo(1);
        assertThat(day(window.day(clock.getZone()))).containsEntry("done", 1);
        assertThat(mvc.get().uri("/investigations").with(manager).exchange())
                .bodyText()
                .doesNotContain("检查加油机有无渗漏");

        // A window that has passed is not recorded any more.
        assertThat(mvc.post()
                        .uri("/investigations/" + task + "/normal")
                        .param(
                                "slot",
                                String.valueOf(
                                        window.start().minus(Duration.ofDays(1)).toEpochMilli()))
                        .with(manager)
                        .with(csrf())
                        .exchange())
                .flash()
                .containsEntry("problem", "investigation.window.passed");
    }

    @Test
    void othersMayNotRecordIt() {
        accounts.ensureUser(
                "t-inv-mall", "商场安全员", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), "Register2026pw");
        accounts.ensureUser("t-inv-gov", "东区政府", fixture.countyGovernment, Set.of(Role.SUPERVISOR), "Register2026pw");
        TaskWindow window = TaskWindow.at(TaskCycle.DAY, Instant.now(clock), clock.getZone());
        assertThat(mvc.post()
                        .uri("/investigations/" + task + "/normal")
                        .param("slot", String.valueOf(window.start().toEpochMilli()))
                        .with(user(userDetails.loadUserByUsername("t-inv-mall")))
                        .with(csrf())
                        .exchange())
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/investigations/" + task + "/normal")
                        .param("slot", String.valueOf(window.start().toEpochMilli()))
                        .with(user(userDetails.loadUserByUsername("t-inv-gov")))
                        .with(csrf())
                        .exchange())
                .hasStatus(403);
        assertThat(single("select count(*) from investigation_record where task_id = " + task))
                .isZero();
    }

    @Test
    void windowsThatClosedWhileNobodyRanAreCountedAndTheUndoneMissed() {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Instant threeDaysAgo = today.minusDays(3).atStartOfDay(zone).toInstant();
        jdbc.sql("update investigation_task set created_at = :at where id = :id")
                .param("at", Timestamp.from(threeDaysAgo))
                .param("id", task)
                .update();
        // Done the day before yesterday; nothing yesterday; the schedule last closed windows two days ago.
        Instant dayBefore = today.minusDays(2).atStartOfDay(zone).toInstant();
        jdbc.sql("insert into investigation_record (task_id, enterprise_id, slot_start, slot_end, outcome, recorded_at)"
                        + " values (:t, :e, :s, :end, 'NORMAL', :s)")
                .param("t", task)
                .param("e", enterprise)
                .param("s", Timestamp.from(dayBefore))
                .param("end", Timestamp.from(dayBefore.plus(Duration.ofDays(1))))
                .update();
        jdbc.sql("insert into investigation_schedule (id, closed_until) values (1, :at)"
                        + " on conflict (id) do update set closed_until = excluded.closed_until")
                .param("at", Timestamp.from(dayBefore))
                .update();

        // (The task was counted due today when it was added; made three days old, today's opening counts it again.)
        long dueToday = ((Number) day(today).get("due")).longValue();
        InvestigationSchedule.Closed closed = schedule.close(Instant.now(clock));

        // Yesterday's and today's windows opened (each due once), the last two ended (the one done, the other missed).
        assertThat(closed.windows()).isGreaterThanOrEqualTo(4);
        assertThat(day(today.minusDays(1))).containsEntry("due", 1).containsEntry("missed", 1);
        assertThat(((Number) day(today).get("due")).longValue()).isEqualTo(dueToday + 1);
        assertThat(single("select count(*) from investigation_record where task_id = " + task
                        + " and outcome = 'MISSED'"))
                .isEqualTo(1);
        // Supervisors see the missed window in their scope's list, others do not.
        assertThat(missed.newest(Scope.region("970101"), null, today.minusDays(3), today))
                .anySatisfy(m -> {
                    assertThat(m.enterpriseId()).isEqualTo(enterprise);
                    assertThat(m.task()).isEqualTo("检查加油机有无渗漏");
                });
        assertThat(missed.newest(Scope.enterprise(enterprise), null, today.minusDays(3), today))
                .extracting(MissedInvestigations.Missed::task)
                .containsExactly("检查加油机有无渗漏");
        assertThat(missed.newest(Scope.region("970102"), null, today.minusDays(3), today))
                .noneMatch(m -> m.enterpriseId().equals(enterprise));
        assertThat(missed.newest(Scope.enterprise(enterprise), null, today.minusDays(30), today.minusDays(2)))
                .isEmpty();
        // Running again adds nothing.
        schedule.close(Instant.now(clock));
        assertThat(day(today.minusDays(1))).containsEntry("due", 1).containsEntry("missed", 1);
        assertThat(((Number) day(today).get("due")).longValue()).isEqualTo(dueToday + 1);
    }

    @Test
    void aHazardReportedFromTheTaskMarksItsSlotFoundAndLinksTheHazard() {
        TaskWindow window = TaskWindow.at(TaskCycle.DAY, Instant.now(clock), clock.getZone());
        String origin = InvestigationHazards.origin(task, window);
        assertThat(mvc.get()
                        .uri("/hazards/new")
                        .param("enterprise", enterprise.toString())
                        .param("location", "加油机")
                        .param("origin", origin)
                        .with(manager)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("value=\"" + origin + "\"");
        var reported = mvc.post()
                .uri("/hazards")
                .param("enterpriseId", enterprise.toString())
                .param("location", "加油机")
                .param("description", "检查加油机有无渗漏：2号加油机底部渗油")
                .param("category", "UNSAFE_CONDITION")
                .param("grade", "GENERAL")
                .param("origin", origin)
                .with(manager)
                .with(csrf())
                .exchange();
        Long hazard = Long.valueOf(reported.getResponse().getRedirectedUrl().replace("/hazards/", ""));
        assertThat(jdbc.sql("select outcome, hazard_id from investigation_record where task_id = :t")
                        .param("t", task)
                        .query()
                        .singleRow())
                .containsEntry("outcome", "HAZARD")
                .containsEntry("hazard_id", hazard);
        assertThat(day(window.day(clock.getZone()))).containsEntry("found", 1);

        // An origin naming another enterprise's task, or made up, marks nothing.
        mvc.post()
                .uri("/hazards")
                .param("enterpriseId", enterprise.toString())
                .param("location", "加油机")
                .param("description", "伪造来源")
                .param("category", "UNSAFE_CONDITION")
                .param("grade", "GENERAL")
                .param("origin", "investigation:999999999:" + window.start().toEpochMilli())
                .with(manager)
                .with(csrf())
                .exchange();
        assertThat(single("select count(*) from investigation_record where hazard_id is not null and enterprise_id = "
                        + enterprise))
                .isEqualTo(1);
    }
}
