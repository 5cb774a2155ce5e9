package app.redline.reporting;

import static org.assertj.core.api.Assertions.assertThat;
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
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.Scope;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The government's quarterly roll-up: its figures are the region's hazards of the quarter (checked
 * here against SQL), a supervisor of the government submits it once, the government one level up
 * sees it among its sub-regions' submissions, and nobody outside the region sees it at all.
 */
@RedlineTest
class RegionalReportTests {

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
    RegionalReports regional;

    @Autowired
    JdbcClient jdbc;

    ScopeFixture fixture;

    @BeforeEach
    void users() {
        fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
        String password = TestAdmins.PASSWORD;
        Long inspectorId = accounts.ensureUser(
                "t-chem-inspector", "危化检查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), password);
        Long managerId = accounts.ensureUser(
                "t-chem-manager", "化工厂安全员", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), password);
        accounts.ensureUser("t-city-supervisor", "市政府监管员", fixture.cityGovernment, Set.of(Role.SUPERVISOR), password);
        accounts.ensureUser(
                "t-west-supervisor", "西区监管员", fixture.siblingCountyGovernment, Set.of(Role.SUPERVISOR), password);
        ReportPeriod quarter = quarterBeforeLast();
        int daysAgo = (int) ChronoUnit.DAYS.between(quarter.from().plusDays(20), Today.date());
        seeds.seed(List.of(HazardSeedBuilder.of(
                        fixture.chemicalsInTown,
                        new HazardSeeds.Actor(inspectorId, "危化检查员", fixture.chemicalsDepartment),
                        new HazardSeeds.Actor(managerId, "化工厂安全员", fixture.chemicalsInTown))
                .at("储罐区", "汇总表测试" + System.nanoTime())
                .grade(HazardGrade.MAJOR)
                .reportedDaysAgo(daysAgo)
                .deadlineDays(30)
                .state(HazardState.RECTIFYING)
                .build()));
    }

    /** The quarter before the last: the last is the browser test's to submit. */
    static ReportPeriod quarterBeforeLast() {
        return ReportPeriod.recent(Today.date(), 2).stream()
                .filter(p -> !p.annual())
                .toList()
                .get(1);
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @Test
    void theCountySubmitsItsRollupAndTheCitySeesIt() {
        ReportPeriod quarter = quarterBeforeLast();
        RegionalReports.Rollup draft = regional.rollup(Scope.region("970101"), "970101", quarter);
        RegionalReports.Line total = draft.lines().get(0);
        assertThat(total.kind()).isEqualTo("TOTAL");
        assertThat((long) total.majorFound())
                .isEqualTo(jdbc.sql(
                                "select count(*) from hazard h join enterprise_key k on k.enterprise_id = h.enterprise_id"
                                        + " where k.active and k.region_code like '970101%' and h.grade = 'MAJOR'"
                                        + " and h.reported_on between :from and :to")
                        .param("from", quarter.from())
                        .param("to", quarter.to())
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(draft.lines())
                .anySatisfy(l -> assertThat(l.code()).isEqualTo("970101001"))
                .anySatisfy(l -> assertThat(l.code()).isEqualTo("T_CHEMICALS"));
        assertThat(regional.openMajorsByYear(Scope.region("970101"), "970101").stream()
                        .mapToLong(RegionalReports.ZeroYear::open)
                        .sum())
                .isEqualTo(jdbc.sql(
                                "select count(*) from hazard h join enterprise_key k on k.enterprise_id = h.enterprise_id"
                                        + " where k.active and k.region_code like '970101%' and h.grade = 'MAJOR' and h.state <> 'CLOSED'")
                        .query(Long.class)
                        .single());

        assertThat(mvc.get()
                        .uri("/reports/regional?period=" + quarter.code())
                        .header("Accept-Language", "en")
                        .with(as("t-supervisor")))
                .hasStatusOk()
                .bodyText()
                .contains("Regional hazard roll-up", "East Town", "Submit to the government above");
        assertThat(mvc.post()
                        .uri("/reports/regional/{p}", quarter.code())
                        .with(as("t-chem-inspector"))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/reports/regional/{p}", quarter.code())
                        .with(as("t-supervisor"))
                        .with(csrf()))
                .flash()
                .containsEntry("message", "regional.submitted");
        assertThat(mvc.post()
                        .uri("/reports/regional/{p}", quarter.code())
                        .with(as("t-supervisor"))
                        .with(csrf()))
                .flash()
                .containsEntry("problem", "regional.submittedAlready");

        // The city sees the county's submission among its sub-regions', and opens it.
        assertThat(mvc.get()
                        .uri("/reports/regional?period=" + quarter.code())
                        .header("Accept-Language", "en")
                        .with(as("t-city-supervisor")))
                .hasStatusOk()
                .bodyText()
                .contains("Submitted by 测试东区人民政府", "Not submitted");
        assertThat(mvc.get()
                        .uri("/reports/regional?region=970101&period=" + quarter.code())
                        .header("Accept-Language", "en")
                        .with(as("t-city-supervisor")))
                .bodyText()
                .contains("Submitted by 测试东区人民政府 (东区监管员)", "Unchanged since signed");
        assertThat(mvc.get()
                        .uri("/reports/regional?region=970101&period=" + quarter.code())
                        .with(as("t-west-supervisor")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/reports/regional").with(as("t-chem-inspector")))
                .hasStatus(403);
    }
}
