package app.redline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.hazard.HazardDashboard;
import app.redline.hazard.HazardSeedBuilder;
import app.redline.hazard.HazardSeeds;
import app.redline.hazard.HazardState;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.prevention.PreventionFigures;
import app.redline.prevention.RiskDistribution;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Counts and exports prove scope: for a county government, its sibling county's, a department of
 * one industry (with its sub-sectors) and an enterprise, the ledger, the overdue review, the
 * dashboard and the CSV export hold exactly the hazards an independent SQL query finds in their
 * scope — whatever other tests have added to the database.
 */
@RedlineTest
class ScopeCountsTests {

    static final Pattern TOTAL = Pattern.compile("id=\"(?:hazard|overdue)-total\"[^>]*>(\\d+) ");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    HazardSeeds seeds;

    @Autowired
    HazardDashboard dashboard;

    @Autowired
    PreventionFigures prevention;

    @Autowired
    RiskDistribution distribution;

    @Autowired
    java.time.Clock clock;

    @Autowired
    JdbcClient jdbc;

    record Viewer(String username, Scope scope, String where) {}

    @Test
    void everyListCountAndExportHoldsExactlyTheScopesHazards() throws Exception {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
        String password = TestAdmins.PASSWORD;
        accounts.ensureUser("t-counts-trade", "计数工贸", fixture.tradeDepartment, Set.of(Role.SUPERVISOR), password);
        accounts.ensureUser(
                "t-counts-west", "计数西区", fixture.siblingCountyGovernment, Set.of(Role.SUPERVISOR), password);
        Long inspectorId = accounts.ensureUser(
                "t-counts-inspector", "计数检查员", fixture.emergencyDepartment, Set.of(Role.INSPECTOR), password);
        Long managerId = accounts.ensureUser(
                "t-counts-manager", "计数安全员", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), password);
        HazardSeeds.Actor inspector = new HazardSeeds.Actor(inspectorId, "计数检查员", fixture.emergencyDepartment);
        HazardSeeds.Actor manager = new HazardSeeds.Actor(managerId, "计数安全员", fixture.commerceInCounty);
        // Hazards everywhere in the fixture, some overdue, so that every scope has some and misses some.
        List<Long> enterprises = List.of(
                fixture.chemicalsInTown,
                fixture.constructionInCounty,
                fixture.commerceInCounty,
                fixture.chemicalsInSiblingCounty);
        List<HazardSeeds.Seed> list = new ArrayList<>();
        for (Long enterprise : enterprises) {
            for (HazardState state : List.of(HazardState.REPORTED, HazardState.RECTIFYING, HazardState.CLOSED)) {
                list.add(HazardSeedBuilder.of(enterprise, inspector, manager)
                        .at("计数", "计数隐患")
                        .deadlineDays(10)
                        .state(state)
                        .build());
            }
        }
        seeds.seed(list);

        String trade = "exists (select 1 from unit_industry ui join industry i on i.code = ui.industry_code"
                + " where ui.unit_id = u.id and (i.code = 'T_TRADE' or i.parent_code = 'T_TRADE'))";
        List<Viewer> viewers = List.of(
                new Viewer("t-supervisor", Scope.region("970101"), "u.region_code like '970101%'"),
                new Viewer("t-counts-west", Scope.region("970102"), "u.region_code like '970102%'"),
                new Viewer(
                        "t-counts-trade",
                        organization.scopeOf(fixture.tradeDepartment, false),
                        "u.region_code like '970101%' and " + trade),
                new Viewer(
                        "t-counts-manager",
                        Scope.enterprise(fixture.commerceInCounty),
                        "u.id = " + fixture.commerceInCounty));
        for (Viewer viewer : viewers) {
            long all = count(viewer.where(), "true");
            long overdue = count(
                    viewer.where(), "h.state <> 'CLOSED' and h.deadline < (now() at time zone 'Asia/Shanghai')::date");
            assertThat(all).as(viewer.username() + " has hazards to count").isPositive();
            assertThat(total("/hazards", viewer))
                    .as(viewer.username() + " ledger")
                    .isEqualTo(all);
            assertThat(total("/overdue", viewer))
                    .as(viewer.username() + " overdue review")
                    .isEqualTo(overdue);
            assertThat(dashboard
                            .figures(viewer.scope(), null, Locale.ENGLISH)
                            .headline()
                            .get("total")
                            .count())
                    .as(viewer.username() + " dashboard")
                    .isEqualTo(all);
            String csv = page("/hazards/export.csv", viewer);
            assertThat(records(csv) - 1).as(viewer.username() + " export").isEqualTo(all);
            String overdueCsv = page("/overdue/export.csv", viewer);
            assertThat(records(overdueCsv) - 1)
                    .as(viewer.username() + " overdue export")
                    .isEqualTo(overdue);
            // Prevention: the registers' units by colour, against SQL (the enterprise sees its own).
            RiskDistribution.Distribution risks = distribution.of(viewer.scope(), null);
            for (RiskLevel level : RiskLevel.values()) {
                assertThat(risks.unitsByLevel().getOrDefault(level, 0L))
                        .as(viewer.username() + " " + level + " risk units")
                        .isEqualTo(jdbc.sql("select count(*) from risk_unit r join unit u on u.id = r.enterprise_id"
                                        + " where u.active and " + viewer.where() + " and r.level = :level")
                                .param("level", level.name())
                                .query(Long.class)
                                .single());
            }
            // Prevention: the work due in the last 30 days and the silent enterprises, against SQL.
            if (!viewer.scope().isSingleEnterprise()) {
                LocalDate today = LocalDate.now(clock);
                PreventionFigures.Figures f = prevention.figures(
                        viewer.scope(), null, today.minusDays(30), today.minusDays(1), 30, today, Locale.ENGLISH);
                assertThat(f.total().due())
                        .as(viewer.username() + " investigation work due")
                        .isEqualTo(jdbc.sql("select coalesce(sum(d.due), 0) from investigation_day d"
                                        + " join unit u on u.id = d.enterprise_id where " + viewer.where()
                                        + " and d.day between :from and :to")
                                .param("from", today.minusDays(30))
                                .param("to", today.minusDays(1))
                                .query(Long.class)
                                .single());
                assertThat(f.silentCount())
                        .as(viewer.username() + " silent enterprises")
                        .isEqualTo(jdbc.sql("select count(*) from unit u where u.type = 'ENTERPRISE' and u.active and "
                                        + viewer.where()
                                        + " and not exists (select 1 from investigation_day d where d.enterprise_id = u.id"
                                        + " and d.day >= :since and d.done + d.found > 0)")
                                .param("since", today.minusDays(29))
                                .query(Long.class)
                                .single());
            }
        }
    }

    /** CSV records (a line break inside quotes belongs to its cell). */
    static long records(String csv) {
        long records = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                records++;
            }
        }
        return records;
    }

    long count(String scope, String condition) {
        return jdbc.sql("select count(*) from hazard h join unit u on u.id = h.enterprise_id where " + scope + " and "
                        + condition)
                .query(Long.class)
                .single();
    }

    long total(String uri, Viewer viewer) throws Exception {
        Matcher matcher = TOTAL.matcher(page(uri, viewer));
        assertThat(matcher.find()).as(uri + " shows a total").isTrue();
        return Long.parseLong(matcher.group(1));
    }

    String page(String uri, Viewer viewer) throws Exception {
        return mvc.get()
                .uri(uri)
                .header("Accept-Language", "en")
                .with(user(userDetails.loadUserByUsername(viewer.username())))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
