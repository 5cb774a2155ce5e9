package app.redline.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.hazard.HazardGrade;
import app.redline.hazard.HazardSeedBuilder;
import app.redline.hazard.HazardSeeds;
import app.redline.hazard.HazardState;
import app.redline.organization.CreditCode;
import app.redline.organization.EnterpriseDetails;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The statistics table (Order No. 16, Art. 14): drawn from the enterprise's hazards, signed and
 * submitted by its principal only, kept as signed whatever happens later; its supervisors, and only
 * they, see who submitted, who is late and who is missing, and urge — by hand once a day, and by
 * Redline after the deadline.
 */
@RedlineTest
class StatisticsReportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    HazardSeeds seeds;

    @Autowired
    Submissions submissions;

    @Autowired
    StatisticsReports reports;

    @Autowired
    JdbcClient jdbc;

    ScopeFixture fixture;
    Long managerId;
    HazardSeeds.Actor inspector;

    @BeforeEach
    void users() {
        fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
        String password = TestAdmins.PASSWORD;
        Long inspectorId = accounts.ensureUser(
                "t-chem-inspector", "危化检查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), password);
        managerId = accounts.ensureUser(
                "t-chem-manager", "化工厂安全员", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), password);
        accounts.ensureUser("t-chem-principal", "化工厂厂长", fixture.chemicalsInTown, Set.of(Role.PRINCIPAL), password);
        accounts.ensureUser(
                "t-mall-manager", "商场安全员", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), password);
        accounts.ensureUser(
                "t-west-supervisor", "西区监管员", fixture.siblingCountyGovernment, Set.of(Role.SUPERVISOR), password);
        inspector = new HazardSeeds.Actor(inspectorId, "危化检查员", fixture.chemicalsDepartment);
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    /** A hazard at the town's chemical plant, found by the inspector on a day inside the period. */
    void hazard(ReportPeriod period, HazardGrade grade, HazardState state, String description) {
        int daysAgo = (int) ChronoUnit.DAYS.between(period.from().plusDays(10), Today.date());
        HazardSeeds.Actor manager = new HazardSeeds.Actor(managerId, "化工厂安全员", fixture.chemicalsInTown);
        seeds.seed(List.of(HazardSeedBuilder.of(fixture.chemicalsInTown, inspector, manager)
                .at("储罐区", description)
                .grade(grade)
                .reportedDaysAgo(daysAgo)
                .deadlineDays(20)
                .state(state)
                .build()));
    }

    MvcTestResult sign(String who, ReportPeriod period, String... params) {
        var request = mvc.post()
                .uri("/reports/statistics/{e}/{p}", fixture.chemicalsInTown, period.code())
                .header("Accept-Language", "en")
                .with(as(who))
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    long count(String sql, ReportPeriod period) {
        return jdbc.sql(sql)
                .param("e", fixture.chemicalsInTown)
                .param("from", period.from())
                .param("to", period.to())
                .param("y", period.year())
                .param("q", period.quarter())
                .query(Long.class)
                .single();
    }

    @Test
    void thePrincipalSignsTheQuarterAndItStaysAsSigned() {
        ReportPeriod quarter = ReportPeriod.recent(Today.date(), 1).get(0);
        hazard(quarter, HazardGrade.GENERAL, HazardState.CLOSED, "阀门泄漏" + System.nanoTime());
        hazard(quarter, HazardGrade.MAJOR, HazardState.RECTIFYING, "储罐腐蚀" + System.nanoTime());

        // Refused: anyone but the principal, another county; without the confirmation the page comes back.
        assertThat(sign("t-chem-manager", quarter, "confirm", "true")).hasStatus(403);
        assertThat(sign("t-west-supervisor", quarter, "confirm", "true")).hasStatus(404);
        assertThat(sign("t-chem-principal", quarter, "funds", "12.5", "remarks", "已落实整改"))
                .hasStatusOk()
                .model()
                .extractingBindingResult("sign")
                .hasFieldErrorCode("confirm", "AssertTrue");
        assertThat(sign("t-chem-principal", quarter, "funds", "-1", "confirm", "true"))
                .model()
                .extractingBindingResult("sign")
                .hasFieldErrorCode("funds", "DecimalMin");
        String signed =
                "select count(*) from statistics_report where enterprise_id = :e and year = :y and quarter = :q";
        assertThat(count(signed, quarter)).isZero();
        // The quarter that is running is signed after it ends.
        ReportPeriod running =
                new ReportPeriod(Today.date().getYear(), (Today.date().getMonthValue() - 1) / 3 + 1);
        assertThat(sign("t-chem-principal", running, "confirm", "true"))
                .model()
                .containsEntry("problem", "statistics.notEnded");

        assertThat(sign("t-chem-principal", quarter, "funds", "12.5", "remarks", "已落实整改", "confirm", "true"))
                .flash()
                .containsEntry("message", "statistics.signed");
        assertThat(count(signed, quarter)).isEqualTo(1);
        // The figures are the hazards' own, counted independently here.
        assertThat(count(
                        "select found_general + found_major from statistics_report where enterprise_id = :e"
                                + " and year = :y and quarter = :q",
                        quarter))
                .isEqualTo(count(
                        "select count(*) from hazard where enterprise_id = :e and reported_on between :from and :to",
                        quarter));
        assertThat(count(
                        "select open_major from statistics_report where enterprise_id = :e and year = :y and quarter = :q",
                        quarter))
                .isEqualTo(count(
                        "select count(*) from hazard where enterprise_id = :e and grade = 'MAJOR' and reported_on <= :to"
                                + " and (closed_on is null or closed_on > :to)",
                        quarter));
        long found = count(
                "select found_general + found_major from statistics_report where enterprise_id = :e and year = :y"
                        + " and quarter = :q",
                quarter);

        // A second tab's signature changes nothing and says so.
        assertThat(sign("t-chem-principal", quarter, "confirm", "true"))
                .model()
                .containsEntry("problem", "statistics.signedAlready");
        assertThat(count(signed, quarter)).isEqualTo(1);

        // Later hazards of the quarter do not change what was signed; the row itself cannot be changed.
        hazard(quarter, HazardGrade.GENERAL, HazardState.REPORTED, "后补录" + System.nanoTime());
        assertThat(mvc.get()
                        .uri("/reports/statistics/{e}/{p}", fixture.chemicalsInTown, quarter.code())
                        .header("Accept-Language", "en")
                        .with(as("t-supervisor")))
                .hasStatusOk()
                .bodyText()
                .contains("Signed by the principal 化工厂厂长", "已落实整改", "Unchanged since signed", "12.5");
        assertThat(count(
                        "select found_general + found_major from statistics_report where enterprise_id = :e"
                                + " and year = :y and quarter = :q",
                        quarter))
                .isEqualTo(found);
        assertThatThrownBy(() -> jdbc.sql("update statistics_report set found_general = 0 where enterprise_id = :e")
                        .param("e", fixture.chemicalsInTown)
                        .update())
                .hasMessageContaining("append-only");
        assertThat(mvc.get()
                        .uri("/reports/statistics/{e}/{p}/table.xlsx", fixture.chemicalsInTown, quarter.code())
                        .with(as("t-chem-manager")))
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(mvc.get()
                        .uri("/reports/statistics/{e}/{p}", fixture.chemicalsInTown, quarter.code())
                        .with(as("t-west-supervisor")))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/reports/statistics/{e}/2026-Q5", fixture.chemicalsInTown)
                        .with(as("t-supervisor")))
                .hasStatus(404);
    }

    /** The counts come from roll-ups: a table moves with its enterprise when the enterprise moves. */
    @Test
    void theCountsFollowAnEnterpriseThatMoves() {
        String first17 = "91970101TM" + String.format("%07d", System.nanoTime() % 10_000_000);
        Long moving = organizationSeeds.ensureEnterprise(
                new EnterpriseDetails(
                        "测试搬迁企业",
                        first17 + CreditCode.checkCharacter(first17),
                        "测试路9号",
                        "负责人",
                        "安全员",
                        "0750-0000000",
                        RiskLevel.BLUE),
                "970101",
                Set.of("T_CHEMICALS"));
        ReportPeriod period = new ReportPeriod(2022, 2);
        Scope east = Scope.region("970101");
        Scope west = Scope.region("970102");
        Submissions.Counts eastBefore = submissions.counts(east, period, null, null);
        Submissions.Counts westBefore = submissions.counts(west, period, null, null);
        Long userId = jdbc.sql("select min(id) from app_user").query(Long.class).single();
        assertThat(reports.record(moving, "测试搬迁企业", period, null, null, userId, "负责人", java.time.Instant.now()))
                .isTrue();
        assertThat(submissions.counts(east, period, null, null).late()).isEqualTo(eastBefore.late() + 1);

        jdbc.sql("update unit set region_code = '970102' where id = :id")
                .param("id", moving)
                .update();
        Submissions.Counts eastAfter = submissions.counts(east, period, null, null);
        Submissions.Counts westAfter = submissions.counts(west, period, null, null);
        assertThat(eastAfter.total()).isEqualTo(eastBefore.total() - 1);
        assertThat(eastAfter.late()).isEqualTo(eastBefore.late());
        assertThat(eastAfter.notSubmitted()).isEqualTo(eastBefore.notSubmitted() - 1);
        assertThat(westAfter.total()).isEqualTo(westBefore.total() + 1);
        assertThat(westAfter.late()).isEqualTo(westBefore.late() + 1);
        assertThat(westAfter.notSubmitted()).isEqualTo(westBefore.notSubmitted());
    }

    @Test
    void supervisorsSeeWhoSubmittedInTheirScopeAndUrgeTheOthers() {
        ReportPeriod year = new ReportPeriod(2024, 0);
        assertThat(sign("t-chem-principal", year, "confirm", "true")).hasStatus3xxRedirection();

        Map<String, Object> counts = jdbc.sql("select count(*) as total, count(r.id) as submitted from enterprise_key k"
                        + " left join statistics_report r on r.enterprise_id = k.enterprise_id and r.year = 2024"
                        + " and r.quarter = 0 where k.active and k.region_code like :county")
                .param("county", "970101%")
                .query()
                .singleRow();
        long total = ((Number) counts.get("total")).longValue();
        long submitted = ((Number) counts.get("submitted")).longValue();
        Submissions.Counts shown = submissions.counts(Scope.region("970101"), year, null, null);
        assertThat(shown.total()).isEqualTo(total);
        assertThat(shown.onTime() + shown.late()).isEqualTo(submitted);
        assertThat(shown.late()).isGreaterThanOrEqualTo(1); // 2024's table, signed today: late
        assertThat(shown.notSubmitted()).isEqualTo(total - submitted);

        assertThat(mvc.get()
                        .uri("/reports/submissions?period=2024&show=LATE")
                        .header("Accept-Language", "en")
                        .with(as("t-supervisor")))
                .hasStatusOk()
                .bodyText()
                .contains("测试东镇化工厂", "Submitted late")
                .doesNotContain("测试西区化工厂");
        assertThat(mvc.get()
                        .uri("/reports/submissions?period=2024")
                        .header("Accept-Language", "en")
                        .with(as("t-west-supervisor")))
                .bodyText()
                .doesNotContain("测试东镇化工厂");
        assertThat(mvc.get().uri("/reports/submissions").with(as("t-chem-manager")))
                .hasRedirectedUrl("/reports/statistics");
        assertThat(mvc.get().uri("/reports/submissions/export.xlsx?period=2024").with(as("t-supervisor")))
                .hasStatusOk();

        // Urging: by supervisors of the scope, once a day, never a table already in.
        var urge = mvc.post()
                .uri("/reports/statistics/{e}/2024/urge", fixture.commerceInCounty)
                .with(as("t-supervisor"))
                .with(csrf());
        assertThat(urge.exchange()).flash().containsEntry("message", "statistics.urged");
        assertThat(urge.exchange()).flash().containsEntry("problem", "statistics.urge.alreadyToday");
        assertThat(jdbc.sql(
                                "select count(*) from notification n join app_user u on u.id = n.recipient_id"
                                        + " where u.username = 't-mall-manager' and n.type = 'STATISTICS_URGED' and n.subject = '2024'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(mvc.post()
                        .uri("/reports/statistics/{e}/2024/urge", fixture.chemicalsInTown)
                        .with(as("t-supervisor"))
                        .with(csrf())
                        .exchange())
                .flash()
                .containsEntry("problem", "statistics.urge.submitted");
        assertThat(mvc.post()
                        .uri("/reports/statistics/{e}/2024/urge", fixture.commerceInCounty)
                        .with(as("t-mall-manager"))
                        .with(csrf())
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/reports/statistics/{e}/2024/urge", fixture.commerceInCounty)
                        .with(as("t-west-supervisor"))
                        .with(csrf())
                        .exchange())
                .hasStatus(404);

        // Redline urges whoever is missing the day after the deadline, then every 7 days, not between.
        ReportPeriod older = new ReportPeriod(2023, 4);
        LocalDate deadline = submissions.deadline(older);
        assertThat(submissions.urgeLate(older, deadline)).isZero();
        int urged = submissions.urgeLate(older, deadline.plusDays(1));
        assertThat((long) urged)
                .isEqualTo(jdbc.sql("select count(*) from enterprise_key k where k.active and not exists"
                                + " (select 1 from statistics_report r where r.enterprise_id = k.enterprise_id"
                                + " and r.year = 2023 and r.quarter = 4)")
                        .query(Long.class)
                        .single());
        assertThat(submissions.urgeLate(older, deadline.plusDays(1))).isZero();
        assertThat(submissions.urgeLate(older, deadline.plusDays(4))).isZero();
        assertThat(submissions.urgeLate(older, deadline.plusDays(8))).isEqualTo(urged);
    }
}
