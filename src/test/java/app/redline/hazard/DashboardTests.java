package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.CreditCode;
import app.redline.organization.EnterpriseDetails;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionLevel;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The dashboard against a hand-counted county of its own (province 96, so no other test's hazards
 * are in it), and every figure against the ledger its link opens.
 */
@RedlineTest
class DashboardTests {

    static final String PASSWORD = "Password2026";
    static final Pattern TOTAL = Pattern.compile("id=\"hazard-total\">(\\d+) ");

    @Autowired
    HazardDashboard dashboard;

    @Autowired
    HazardSupervision supervision;

    @Autowired
    HazardSeeds seeds;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    static boolean seeded;
    static Long countyGovernment;
    static Long chemicalsDepartment;

    @BeforeEach
    void county() {
        if (seeded) {
            return;
        }
        new ScopeFixture(organizationSeeds); // the test industries
        organizationSeeds.ensureRegion("96", null, RegionLevel.PROVINCE, "看板省", "Dashboard Province");
        organizationSeeds.ensureRegion("9601", "96", RegionLevel.CITY, "看板市", "Dashboard City");
        organizationSeeds.ensureRegion("960101", "9601", RegionLevel.COUNTY, "看板县", "Dashboard County");
        organizationSeeds.ensureRegion("960101001", "960101", RegionLevel.TOWN, "北镇", "North Town");
        organizationSeeds.ensureRegion("960101002", "960101", RegionLevel.TOWN, "南镇", "South Town");
        Long plant = enterprise("看板化工厂", "960101001", 1, "T_CHEMICALS");
        Long builder = enterprise("看板建筑公司", "960101002", 2, "T_CONSTRUCTION");
        countyGovernment = organizationSeeds.ensureGovernment("看板县人民政府", "960101");
        chemicalsDepartment = organizationSeeds.ensureDepartment("看板县危化监管局", "960101", Set.of("T_CHEMICALS"), false);
        Long inspectorId =
                accounts.ensureUser("t-dash-inspector", "看板检查员", chemicalsDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser("t-dash-gov", "看板县监管员", countyGovernment, Set.of(Role.SUPERVISOR), PASSWORD);
        accounts.ensureUser("t-dash-dept", "看板危化监管员", chemicalsDepartment, Set.of(Role.SUPERVISOR), PASSWORD);
        Long managerId =
                accounts.ensureUser("t-dash-manager", "看板安全员", plant, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        HazardSeeds.Actor inspector = new HazardSeeds.Actor(inspectorId, "看板检查员", chemicalsDepartment);
        HazardSeeds.Actor manager = new HazardSeeds.Actor(managerId, "看板安全员", plant);
        seeds.seed(List.of(
                seed(plant, inspector, manager, "A", HazardGrade.GENERAL, 5, 10, HazardState.REPORTED, 0),
                seed(plant, inspector, manager, "B", HazardGrade.GENERAL, 20, 10, HazardState.RECTIFYING, 0),
                seed(plant, inspector, manager, "C", HazardGrade.MAJOR, 2, 30, HazardState.RECTIFYING, 0),
                seed(plant, inspector, manager, "D", HazardGrade.GENERAL, 10, 20, HazardState.CLOSED, 0),
                seed(builder, inspector, manager, "E", HazardGrade.GENERAL, 30, 5, HazardState.PENDING_ACCEPTANCE, 0),
                seed(builder, inspector, manager, "F", HazardGrade.GENERAL, 40, 2, HazardState.CLOSED, 1)));
        SignedInUser gov = (SignedInUser) userDetails.loadUserByUsername("t-dash-gov");
        Long c = jdbc.sql("select id from hazard where description = '看板C'")
                .query(Long.class)
                .single();
        supervision.list(
                gov,
                Scope.region("960101"),
                c,
                version(c),
                LocalDate.now(zone()).plusDays(20),
                "县政府挂牌督办");
        seeded = true;
    }

    @Autowired
    HazardRepository hazards;

    long version(Long id) {
        return hazards.findById(id).orElseThrow().getVersion();
    }

    static ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }

    Long enterprise(String name, String region, int n, String industry) {
        String first17 = "91" + region.substring(0, 6) + String.format("TD%07d", n);
        return organizationSeeds.ensureEnterprise(
                new EnterpriseDetails(
                        name,
                        first17 + CreditCode.checkCharacter(first17),
                        "看板路" + n + "号",
                        "负责人",
                        "安全员",
                        "0750-0000000",
                        RiskLevel.BLUE),
                region,
                Set.of(industry));
    }

    static HazardSeeds.Seed seed(
            Long enterprise,
            HazardSeeds.Actor inspector,
            HazardSeeds.Actor manager,
            String name,
            HazardGrade grade,
            int reportedDaysAgo,
            int deadlineDays,
            HazardState state,
            int rejections) {
        return HazardSeedBuilder.of(enterprise, inspector, manager)
                .at("现场", "看板" + name)
                .grade(grade)
                .reportedDaysAgo(reportedDaysAgo)
                .deadlineDays(deadlineDays)
                .state(state)
                .rejections(rejections)
                .build();
    }

    @Test
    void theCountysFiguresAreTheHandCountedOnes() {
        HazardDashboard.Figures figures = dashboard.figures(Scope.region("960101"), null, Locale.ENGLISH);
        Map<String, HazardDashboard.Figure> head = figures.headline();
        LocalDate today = LocalDate.now(zone());
        // D closed 5 days ago (on time), F 33 days ago (5 days late).
        long closedThisMonth = List.of(today.minusDays(5), today.minusDays(33)).stream()
                .filter(d -> !d.isBefore(today.withDayOfMonth(1)))
                .count();
        assertThat(head.get("total").count()).isEqualTo(6);
        assertThat(head.get("open").count()).isEqualTo(4);
        assertThat(head.get("overdue").count()).isEqualTo(2);
        assertThat(head.get("major").count()).isEqualTo(1);
        assertThat(head.get("listed").count()).isEqualTo(1);
        assertThat(head.get("closed").count()).isEqualTo(2);
        assertThat(head.get("onTime").count()).isEqualTo(1);
        assertThat(head.get("closedThisMonth").count()).isEqualTo(closedThisMonth);
        assertThat(figures.rectificationRate()).isCloseTo(100.0 * 2 / 6, org.assertj.core.data.Offset.offset(0.001));
        // One closed on time, out of two closed and two open past their deadline.
        assertThat(figures.onTimeRate()).isEqualTo(25.0);
        assertThat(figures.open()
                        .get(HazardGrade.GENERAL)
                        .get(HazardState.REPORTED)
                        .count())
                .isEqualTo(1);
        assertThat(figures.open()
                        .get(HazardGrade.GENERAL)
                        .get(HazardState.RECTIFYING)
                        .count())
                .isEqualTo(1);
        assertThat(figures.open()
                        .get(HazardGrade.GENERAL)
                        .get(HazardState.PENDING_ACCEPTANCE)
                        .count())
                .isEqualTo(1);
        assertThat(figures.open()
                        .get(HazardGrade.MAJOR)
                        .get(HazardState.RECTIFYING)
                        .count())
                .isEqualTo(1);
        assertThat(figures.months().stream()
                        .mapToLong(m -> m.reported().count())
                        .sum())
                .isEqualTo(6);

        assertThat(figures.byRegion()).extracting(HazardDashboard.Row::key).containsExactly("960101001", "960101002");
        assertThat(figures.byRegion()).as("every town drills down").allMatch(HazardDashboard.Row::drillable);
        HazardDashboard.Row north = figures.byRegion().get(0);
        assertThat(north.figures().get("total").count()).isEqualTo(4);
        assertThat(north.figures().get("open").count()).isEqualTo(3);
        assertThat(north.figures().get("overdue").count()).isEqualTo(1);
        assertThat(north.figures().get("major").count()).isEqualTo(1);
        assertThat(north.figures().get("closed").count()).isEqualTo(1);
        HazardDashboard.Row south = figures.byRegion().get(1);
        assertThat(south.figures().get("total").count()).isEqualTo(2);
        assertThat(south.figures().get("overdue").count()).isEqualTo(1);
        assertThat(figures.byIndustry())
                .extracting(HazardDashboard.Row::key)
                .containsExactlyInAnyOrder("T_CHEMICALS", "T_CONSTRUCTION");
    }

    @Test
    void drillingDownNarrowsToTheTownAndCannotLeaveTheScope() {
        HazardDashboard.Figures town = dashboard.figures(Scope.region("960101"), "960101001", Locale.ENGLISH);
        assertThat(town.headline().get("total").count()).isEqualTo(4);
        assertThat(town.breadcrumb()).extracting(HazardDashboard.Crumb::code).containsExactly("960101", "960101001");
        assertThat(town.byRegion()).isEmpty();

        HazardDashboard.Figures outside = dashboard.figures(Scope.region("960101"), "97", Locale.ENGLISH);
        assertThat(outside.regionCode()).isEqualTo("960101");
        assertThat(outside.headline().get("total").count()).isEqualTo(6);

        HazardDashboard.Figures department =
                dashboard.figures(organization.scopeOf(chemicalsDepartment, false), null, Locale.ENGLISH);
        assertThat(department.headline().get("total").count()).isEqualTo(4);
    }

    @Test
    void everyNumberOpensTheLedgerWithTheSameCount() throws Exception {
        var gov = user(userDetails.loadUserByUsername("t-dash-gov"));
        HazardDashboard.Figures figures = dashboard.figures(Scope.region("960101"), null, Locale.ENGLISH);
        List<HazardDashboard.Figure> all = new ArrayList<>(figures.headline().values());
        figures.open().values().forEach(m -> all.addAll(m.values()));
        figures.months().forEach(m -> {
            all.add(m.reported());
            all.add(m.closed());
        });
        figures.byRegion().forEach(r -> all.addAll(r.figures().values()));
        figures.byIndustry().forEach(r -> all.addAll(r.figures().values()));
        for (HazardDashboard.Figure figure : all) {
            String body = mvc.get()
                    .uri("/hazards?" + figure.query())
                    .header("Accept-Language", "en")
                    .with(gov)
                    .exchange()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            Matcher total = TOTAL.matcher(body);
            assertThat(total.find()).as(figure.query()).isTrue();
            assertThat(Long.parseLong(total.group(1))).as(figure.query()).isEqualTo(figure.count());
            // The ledger may take its count from the same roll-ups: its rows, read from the
            // hazards themselves, are the check (the county has fewer than a page of them).
            long rows = body.split("class=\"small ledger-deadline\"", -1).length - 1;
            assertThat(rows).as(figure.query()).isEqualTo(figure.count());
        }

        assertThat(mvc.get().uri("/").header("Accept-Language", "en").with(gov))
                .hasStatusOk()
                .bodyText()
                .contains("Hazards in your scope", "North Town", "South Town", "Listed for supervision");
        assertThat(mvc.get()
                        .uri("/?region=960101001")
                        .header("Accept-Language", "en")
                        .with(gov))
                .hasStatusOk()
                .bodyText()
                .contains("Dashboard County", "North Town");
    }
}
