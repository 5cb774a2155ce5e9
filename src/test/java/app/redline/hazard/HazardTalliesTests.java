package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.account.CurrentUser;
import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.CreditCode;
import app.redline.organization.EnterpriseDetails;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionLevel;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.organization.ScopeOverview;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The roll-ups (migration V20) against a recount of the hazards, for several scopes and dashboard
 * bases, after every kind of change: a hazard reported, planned, extended, rectified, rejected,
 * accepted, listed; an enterprise given another industry, region or risk level, or deactivated; a
 * region moved; the rows folded. The home page's count of enterprises by risk level too.
 * Province 94 is this test's own.
 */
@RedlineTest
class HazardTalliesTests {

    @Autowired
    HazardTallies tallies;

    @Autowired
    HazardRecount recount;

    @Autowired
    HazardService hazards;

    @Autowired
    HazardSupervision supervision;

    @Autowired
    HazardSeeds seeds;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TallyFold fold;

    @Autowired
    OrganizationService organization;

    @Test
    void theRollUpsEqualARecountAfterEveryKindOfChange() throws Exception {
        new ScopeFixture(organizationSeeds); // the test industries
        TestAdmins.ensure(accounts, new ScopeFixture(organizationSeeds));
        organizationSeeds.ensureRegion("94", null, RegionLevel.PROVINCE, "汇总省", "Tally Province");
        organizationSeeds.ensureRegion("9401", "94", RegionLevel.CITY, "汇总市", "Tally City");
        organizationSeeds.ensureRegion("940101", "9401", RegionLevel.COUNTY, "汇总东县", "Tally East");
        organizationSeeds.ensureRegion("940102", "9401", RegionLevel.COUNTY, "汇总西县", "Tally West");
        // A town of its own each run: the run moves it to the other county.
        String town = free("940101");
        organizationSeeds.ensureRegion(town, "940101", RegionLevel.TOWN, "汇总镇" + town, "Tally town " + town);
        Long plant = enterprise("汇总化工厂" + town, town, "T_CHEMICALS", 'P', town);
        Long builder = enterprise("汇总建筑公司" + town, "940101", "T_CONSTRUCTION", 'B', town);
        Long government = organizationSeeds.ensureGovernment("汇总东县人民政府", "940101");
        Long department = organizationSeeds.ensureDepartment("汇总东县危化局", "940101", Set.of("T_CHEMICALS"), false);
        SignedInUser inspector = signedIn("t-tally-inspector", department, Role.INSPECTOR);
        SignedInUser manager = signedIn("t-tally-manager-" + town, plant, Role.ENTERPRISE_MANAGER);
        SignedInUser supervisor = signedIn("t-tally-gov", government, Role.SUPERVISOR);
        LocalDate today = hazards.today();
        check(today);

        // Reported: a general and a major hazard; an overdue one and a closed one from the past.
        Long general = report(inspector, plant, HazardGrade.GENERAL, "汇总一般");
        Long major = report(inspector, plant, HazardGrade.MAJOR, "汇总重大");
        HazardSeeds.Actor finder = new HazardSeeds.Actor(inspector.id(), "汇总检查员", department);
        HazardSeeds.Actor owner = new HazardSeeds.Actor(manager.id(), "汇总安全员", plant);
        seeds.seed(List.of(
                HazardSeedBuilder.of(builder, finder, owner)
                        .at("工地", "汇总逾期")
                        .reportedDaysAgo(40)
                        .deadlineDays(20)
                        .state(HazardState.RECTIFYING)
                        .build(),
                HazardSeedBuilder.of(plant, finder, owner)
                        .at("车间", "汇总已关闭")
                        .reportedDaysAgo(70)
                        .deadlineDays(30)
                        .state(HazardState.CLOSED)
                        .build()));
        check(today);

        // Planned, extended, rectified, rejected, rectified again, accepted; the major one listed.
        plan(manager, general, today.plusDays(10));
        plan(manager, major, today.plusDays(30));
        check(today);
        hazards.requestExtension(manager, scope(manager), general, version(general), today.plusDays(20), "等待配件");
        hazards.decideExtension(inspector, scope(inspector), general, version(general), true, "同意");
        check(today);
        hazards.submitEvidence(manager, scope(manager), general, version(general), "已整改", List.of());
        hazards.reject(inspector, scope(inspector), general, version(general), "未整改到位");
        check(today);
        hazards.submitEvidence(manager, scope(manager), general, version(general), "已整改", List.of());
        hazards.accept(inspector, scope(inspector), general, version(general), "验收通过");
        supervision.list(supervisor, scope(supervisor), major, version(major), today.plusDays(20), "挂牌督办");
        check(today);
        fold(today);

        // The plant gets another industry, then moves to the county; its town moves to the other county.
        changeEnterprise(plant, town, "T_CONSTRUCTION");
        check(today);
        changeEnterprise(plant, "940101", "T_CHEMICALS");
        changeEnterprise(plant, town, "T_CHEMICALS", "RED");
        check(today);
        assertThat(mvc.post()
                        .uri("/admin/units/{id}/active", builder)
                        .param(
                                "version",
                                jdbc.sql("select version from unit where id = :id")
                                        .param("id", builder)
                                        .query(Long.class)
                                        .single()
                                        .toString())
                        .param("active", "false")
                        .with(user(userDetails.loadUserByUsername(TestAdmins.GLOBAL)))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        check(today);
        String moved = free("940102");
        assertThat(mvc.post()
                        .uri("/admin/regions/{code}/move", town)
                        .param("version", Long.toString(regionVersion(town)))
                        .param("parentCode", "940102")
                        .param("newCode", moved)
                        .with(user(userDetails.loadUserByUsername(TestAdmins.GLOBAL)))
                        .with(csrf()))
                .hasRedirectedUrl("/admin/regions/" + moved);
        assertThat(jdbc.sql("select region_code from enterprise_key where enterprise_id = :id")
                        .param("id", plant)
                        .query(String.class)
                        .single())
                .isEqualTo(moved);
        check(today);
        fold(today);
    }

    /** Every figure of every scope and base, from the roll-ups and from the hazards, folded or not. */
    void check(LocalDate today) {
        List<Scope> scopes = List.of(
                Scope.all(),
                Scope.region("94"),
                Scope.region("940101"),
                Scope.region("940102"),
                Scope.regionIndustries("940101", Set.of("T_CHEMICALS")),
                Scope.regionIndustries("94", Set.of("T_CHEMICALS", "T_CONSTRUCTION")));
        List<HazardFilter> bases = List.of(
                HazardFilter.none(),
                DashboardFilters.of("940101"),
                DashboardFilters.of("9401").withIndustryCode("T_CONSTRUCTION"));
        Map<String, HazardFilter> figures = new LinkedHashMap<>();
        for (HazardFilter base : bases) {
            figures.clear();
            figures.putAll(DashboardFilters.headline(HazardFilter.none(), today));
            figures.put(
                    "closedSinceLastMonth",
                    HazardFilter.none()
                            .withState(HazardState.CLOSED)
                            .withClosedFrom(today.minusMonths(1).withDayOfMonth(1)));
            for (HazardGrade grade : HazardGrade.values()) {
                for (HazardState state : HazardState.values()) {
                    figures.put(
                            grade + "/" + state,
                            HazardFilter.none().withGrade(grade).withState(state));
                }
            }
            Map<String, HazardFilter> row = DashboardFilters.row(DashboardFilters.of(null));
            for (String region : List.of("94", "940101", "940102")) {
                assertThat(organization.overview(Scope.region(region)))
                        .as("enterprises of " + region)
                        .isEqualTo(enterprises(region));
            }
            for (Scope scope : scopes) {
                String what = scope + " " + base;
                assertThat(tallies.sums(scope, base, today, figures))
                        .as(what)
                        .isEqualTo(recount.sums(scope, base, today, figures));
                for (HazardCounts.Grouping grouping : List.of(
                        HazardCounts.Grouping.region(4),
                        HazardCounts.Grouping.region(6),
                        HazardCounts.Grouping.region(9),
                        HazardCounts.Grouping.INDUSTRY)) {
                    assertThat(tallies.grouped(scope, base, today, grouping, row))
                            .as(what + " " + grouping)
                            .isEqualTo(recount.grouped(scope, base, today, grouping, row));
                    assertThat(tallies.overdue(scope, base.regionCode(), today, grouping, 50))
                            .as(what + " overdue " + grouping)
                            .isEqualTo(recount.overdue(scope, base.regionCode(), today, grouping, 50));
                }
                assertThat(months(tallies.months(
                                scope, base, YearMonth.from(today).minusMonths(11))))
                        .as(what + " months")
                        .isEqualTo(months(recount.months(
                                scope, base, YearMonth.from(today).minusMonths(11))));
                assertThat(tallies.mostOverdue(scope, base.regionCode(), today, 5))
                        .as(what + " most overdue")
                        .isEqualTo(recount.mostOverdue(scope, base.regionCode(), today, 5));
                assertThat(Set.copyOf(tallies.enterprisesWithOverdue(scope, base.regionCode(), null, today, 10_000)))
                        .as(what + " enterprises with overdue hazards")
                        .isEqualTo(recount.mostOverdue(scope, base.regionCode(), today, 10_000).stream()
                                .map(c -> Long.valueOf(c.key()))
                                .collect(java.util.stream.Collectors.toSet()));
            }
        }
    }

    void fold(LocalDate today) {
        jdbc.sql("select hazard_tally_compact(:today)")
                .param("today", today)
                .query()
                .listOfRows();
        check(today);
    }

    /** The active enterprises of a region subtree by risk level, counted from the units. */
    ScopeOverview enterprises(String region) {
        Map<RiskLevel, Long> byRisk = new java.util.EnumMap<>(RiskLevel.class);
        long[] total = {0};
        jdbc.sql("select risk_level, count(*) from unit where type = 'ENTERPRISE' and active"
                        + " and region_code like :p group by 1")
                .param("p", region + "%")
                .query(rs -> {
                    total[0] += rs.getLong(2);
                    if (rs.getString(1) != null) {
                        byRisk.put(RiskLevel.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                });
        return new ScopeOverview(total[0], byRisk);
    }

    static Map<String, List<Long>> months(Map<String, long[]> months) {
        Map<String, List<Long>> values = new LinkedHashMap<>();
        months.entrySet().stream()
                .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> values.put(e.getKey(), List.of(e.getValue()[0], e.getValue()[1])));
        return values;
    }

    Long report(SignedInUser inspector, Long enterprise, HazardGrade grade, String description) {
        HazardForm form = new HazardForm();
        form.setEnterpriseId(enterprise);
        form.setLocation("储罐区");
        form.setDescription(description);
        form.setCategory(HazardCategory.UNSAFE_CONDITION);
        form.setGrade(grade);
        form.setLegalBasis("GB 50351-2014");
        return hazards.report(inspector, scope(inspector), form, List.of());
    }

    void plan(SignedInUser manager, Long hazard, LocalDate deadline) {
        hazards.assignPlan(
                manager,
                scope(manager),
                hazard,
                version(hazard),
                new RectificationPlan("更换阀门", "李四", deadline, "5万元", "加强巡查", "泄漏处置预案"));
    }

    void changeEnterprise(Long enterprise, String region, String industry) {
        changeEnterprise(enterprise, region, industry, "YELLOW");
    }

    void changeEnterprise(Long enterprise, String region, String industry, String riskLevel) {
        Map<String, Object> unit = jdbc.sql("select name, credit_code, version from unit where id = :id")
                .param("id", enterprise)
                .query()
                .singleRow();
        assertThat(mvc.post()
                        .uri("/admin/units/{id}", enterprise)
                        .param("name", (String) unit.get("name"))
                        .param("regionCode", region)
                        .param("creditCode", (String) unit.get("credit_code"))
                        .param("industryCodes", industry)
                        .param("riskLevel", riskLevel)
                        .param("version", unit.get("version").toString())
                        .with(user(userDetails.loadUserByUsername(TestAdmins.GLOBAL)))
                        .with(csrf()))
                .hasRedirectedUrl("/admin/units/" + enterprise);
    }

    Scope scope(SignedInUser user) {
        return currentUser.scopeOf(user);
    }

    long version(Long hazard) {
        return jdbc.sql("select version from hazard where id = :id")
                .param("id", hazard)
                .query(Long.class)
                .single();
    }

    long regionVersion(String code) {
        return jdbc.sql("select version from region where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    SignedInUser signedIn(String username, Long unit, Role role) {
        accounts.ensureUser(username, username, unit, Set.of(role), TestAdmins.PASSWORD);
        return (SignedInUser) userDetails.loadUserByUsername(username);
    }

    /** A town code under this county that no region has yet. */
    String free(String county) {
        List<String> taken = new ArrayList<>(jdbc.sql("select code from region where code like :p")
                .param("p", county + "%")
                .query(String.class)
                .list());
        for (int n = 1; n < 1000; n++) {
            String code = county + String.format("%03d", n);
            if (!taken.contains(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free town under " + county);
    }

    Long enterprise(String name, String region, String industry, char tag, String town) {
        String first17 = "91" + region.substring(0, 6) + "TL" + town.substring(6) + tag + "000";
        EnterpriseDetails details = new EnterpriseDetails(
                name,
                first17 + CreditCode.checkCharacter(first17),
                "汇总路1号",
                "负责人",
                "安全员",
                "0750-0000000",
                RiskLevel.YELLOW);
        return organizationSeeds.ensureEnterprise(details, region, Set.of(industry));
    }
}
