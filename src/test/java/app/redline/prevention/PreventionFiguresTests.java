package app.redline.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What supervisors read of prevention: completion from the roll-up, the silent enterprises, in scope only. */
@RedlineTest
class PreventionFiguresTests {

    static final Scope EAST = Scope.region("970101");
    static final Scope WEST = Scope.region("970102");

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
    PreventionFigures figures;

    @Autowired
    Clock clock;

    FreshEnterprise enterprise;
    RequestPostProcessor manager;
    LocalDate today;

    @BeforeEach
    void setUp() {
        new ScopeFixture(organizationSeeds);
        enterprise = FreshEnterprise.create(organizationSeeds, accounts, "履职测试工厂", "Register2026pw");
        manager = user(userDetails.loadUserByUsername(enterprise.manager()));
        today = LocalDate.now(clock);
    }

    PreventionFigures.Figures of(Scope scope) {
        return figures.figures(scope, null, today.minusDays(7), today.minusDays(1), 30, today, Locale.CHINA);
    }

    /** Counts of three days ago for the enterprise, as the schedule and the taps add them. */
    void count(int due, int done, int missed) {
        jdbc.sql("select count(*) from (select investigation_count(array[:e], :day, array[:due], array[:done],"
                        + " array[0], array[:missed])) counted")
                .param("e", enterprise.id())
                .param("day", today.minusDays(3))
                .param("due", due)
                .param("done", done)
                .param("missed", missed)
                .query(Long.class)
                .single();
    }

    @Autowired
    RiskDistribution distribution;

    @Test
    void theRegistersColoursAndMajorUnitsAreCountedInScopeOnly() {
        String csv = RegisterImportTests.HEADER
                + "罐区,仓储区域,,T-301,,王强,,,泄漏爆炸,爆炸,LS,5,,5,,,,,,,\n"
                + "库房,仓储区域,,货架,,张三,,,坍塌,,LS,2,,2,,,,,,,\n";
        var east = distribution.of(EAST, null);
        var west = distribution.of(WEST, null);
        mvc.post()
                .uri("/enterprises/" + enterprise.id() + "/risks/import")
                .multipart()
                .file(new org.springframework.mock.web.MockMultipartFile(
                        "file", "r.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .with(manager)
                .with(csrf())
                .exchange();
        var eastAfter = distribution.of(EAST, null);
        assertThat(eastAfter.unitsByLevel().getOrDefault(RiskLevel.RED, 0L))
                .isEqualTo(east.unitsByLevel().getOrDefault(RiskLevel.RED, 0L) + 1);
        assertThat(eastAfter.unitsByLevel().getOrDefault(RiskLevel.BLUE, 0L))
                .isEqualTo(east.unitsByLevel().getOrDefault(RiskLevel.BLUE, 0L) + 1);
        assertThat(eastAfter.majorCount()).isEqualTo(east.majorCount() + 1);
        assertThat(distribution.of(WEST, null)).isEqualTo(west);
        // The enterprise itself sees its own units; the county's red units equal a count in SQL.
        var own = distribution.of(Scope.enterprise(enterprise.id()), null);
        assertThat(own.unitsByLevel()).containsEntry(RiskLevel.RED, 1L).containsEntry(RiskLevel.BLUE, 1L);
        assertThat(own.major()).extracting(RiskDistribution.MajorUnit::name).containsExactly("T-301");
        assertThat(eastAfter.majorCount())
                .isEqualTo(jdbc.sql("select count(*) from risk_unit u join unit e on e.id = u.enterprise_id"
                                + " where e.active and e.region_code like '970101%' and u.level = 'RED'")
                        .query(Long.class)
                        .single());
    }

    @Test
    void completionComesFromTheRollUpAndMovesWithTheEnterprise() {
        PreventionFigures.Figures before = of(EAST);
        PreventionFigures.Figures westBefore = of(WEST);
        count(10, 7, 3);
        PreventionFigures.Figures after = of(EAST);
        assertThat(after.total().due() - before.total().due()).isEqualTo(10);
        assertThat(after.total().done() - before.total().done()).isEqualTo(7);
        assertThat(after.total().missed() - before.total().missed()).isEqualTo(3);
        assertThat(of(WEST).total()).isEqualTo(westBefore.total());

        // The enterprise moves to the west county: its days go with it.
        jdbc.sql("update unit set region_code = '970102' where id = :id")
                .param("id", enterprise.id())
                .update();
        assertThat(of(EAST).total()).isEqualTo(before.total());
        assertThat(of(WEST).total().due() - westBefore.total().due()).isEqualTo(10);

        // The roll-up equals a recount from the days of every enterprise, key by key.
        assertThat(jdbc.sql("""
                        select count(*) from (
                            select region_code, industries, day, sum(due) as due, sum(done) as done,
                                   sum(found) as found, sum(missed) as missed
                            from investigation_tally group by 1, 2, 3
                            except
                            select k.region_code, k.industries, d.day, sum(d.due), sum(d.done), sum(d.found), sum(d.missed)
                            from investigation_day d join enterprise_key k on k.enterprise_id = d.enterprise_id
                            group by 1, 2, 3) differ
                        where due <> 0 or done <> 0 or found <> 0 or missed <> 0""").query(Long.class).single()).isZero();
    }

    @Test
    void theSilentAreTheActiveEnterprisesWithNothingDoneAndOnlyInScope() {
        PreventionFigures.Figures east = of(EAST);
        assertThat(east.silentCount()).isPositive();
        assertThat(silentIds(of(WEST))).doesNotContain(enterprise.id());
        long silentBefore = east.silentCount();

        count(1, 1, 0);
        assertThat(of(EAST).silentCount()).isEqualTo(silentBefore - 1);

        // On the page, for the county government: its figures and the export.
        accounts.ensureUser(
                "t-prev-gov",
                "东区政府",
                new ScopeFixture(organizationSeeds).countyGovernment,
                java.util.Set.of(app.redline.account.Role.SUPERVISOR),
                "Register2026pw");
        var government = user(userDetails.loadUserByUsername("t-prev-gov"));
        assertThat(mvc.get()
                        .uri("/prevention")
                        .header("Accept-Language", "en")
                        .with(government)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Completion",
                        "Silent for 30 days",
                        "id=\"prevention-industries\"",
                        "id=\"prevention-regions\"");
        assertThat(mvc.get().uri("/prevention/export.xlsx").with(government).exchange())
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // An enterprise sees its own figures only.
        assertThat(mvc.get()
                        .uri("/prevention?region=970102")
                        .header("Accept-Language", "en")
                        .with(manager)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain("prevention-silent", "Silent for (days)");
    }

    java.util.List<Long> silentIds(PreventionFigures.Figures f) {
        return f.silent().stream().map(PreventionFigures.Silent::id).toList();
    }

    @Test
    void aPeriodOfAYearSumsAtMostAYear() {
        assertThat(mvc.get()
                        .uri("/prevention?from=1900-01-01&to=2999-12-31&days=99999")
                        .with(manager)
                        .with(csrf())
                        .exchange())
                .hasStatusOk()
                .model()
                .extractingByKey("figures")
                .satisfies(f -> {
                    var figures = (PreventionFigures.Figures) f;
                    assertThat(figures.to()).isEqualTo(today.minusDays(1));
                    assertThat(figures.from())
                            .isEqualTo(today.minusDays(1).minusDays(PreventionController.MAX_DAYS - 1L));
                });
    }
}
