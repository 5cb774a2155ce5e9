package app.redline.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.inspection.ChecklistTemplate;
import app.redline.inspection.TemplateAdministration;
import app.redline.organization.CreditCode;
import app.redline.organization.EnterpriseDetails;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionLevel;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Campaigns on a map of their own (province 95, so no other test's enterprises are in it): target
 * selection by each criterion and its freezing, who sees which part, the board against hand-counted
 * progress, the end-date rule, urging, assigning visits and the export.
 */
@RedlineTest
class CampaignTests {

    static final String PASSWORD = "Password2026";
    static final String TEMPLATE = "专项测试检查表";

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
    TemplateAdministration templates;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignLaunches launches;

    @Autowired
    CampaignBoard board;

    @Autowired
    CampaignSeeds seeds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignTallies tallies;

    @Autowired
    TargetRecount recount;

    static Long mall; // A: North town, T_COMMERCE (under T_TRADE), RED
    static Long factory; // B: South town, T_TRADE, YELLOW
    static Long plant; // C: North town, T_CHEMICALS, RED
    static Long westMall; // D: West county, T_COMMERCE, BLUE
    static Long eastGovernment;
    static Long tradeDepartment;

    @BeforeEach
    void map() {
        if (mall != null) {
            return;
        }
        new ScopeFixture(organizationSeeds); // the test industries
        organizationSeeds.ensureRegion("95", null, RegionLevel.PROVINCE, "专项省", "Campaign Province");
        organizationSeeds.ensureRegion("9501", "95", RegionLevel.CITY, "专项市", "Campaign City");
        organizationSeeds.ensureRegion("950101", "9501", RegionLevel.COUNTY, "专项东区", "Campaign East");
        organizationSeeds.ensureRegion("950101001", "950101", RegionLevel.TOWN, "专项北镇", "Campaign North");
        organizationSeeds.ensureRegion("950101002", "950101", RegionLevel.TOWN, "专项南镇", "Campaign South");
        organizationSeeds.ensureRegion("950102", "9501", RegionLevel.COUNTY, "专项西区", "Campaign West");
        organizationSeeds.ensureRegion("950102001", "950102", RegionLevel.TOWN, "专项西镇", "Campaign West Town");
        mall = enterprise("专项商场", "950101001", 1, "T_COMMERCE", RiskLevel.RED);
        factory = enterprise("专项工厂", "950101002", 2, "T_TRADE", RiskLevel.YELLOW);
        plant = enterprise("专项化工厂", "950101001", 3, "T_CHEMICALS", RiskLevel.RED);
        westMall = enterprise("专项西区商场", "950102", 4, "T_COMMERCE", RiskLevel.BLUE);
        Long city = organizationSeeds.ensureGovernment("专项市人民政府", "9501");
        eastGovernment = organizationSeeds.ensureGovernment("专项东区人民政府", "950101");
        Long north = organizationSeeds.ensureGovernment("专项北镇人民政府", "950101001");
        Long west = organizationSeeds.ensureGovernment("专项西区人民政府", "950102");
        tradeDepartment = organizationSeeds.ensureDepartment("专项东区工贸局", "950101", Set.of("T_TRADE"), false);
        Long emergency = organizationSeeds.ensureDepartment("专项东区应急局", "950101", Set.of(), true);
        Long westEmergency = organizationSeeds.ensureDepartment("专项西区应急局", "950102", Set.of(), true);
        person("t-camp-city", city, Role.SUPERVISOR);
        person("t-camp-east", eastGovernment, Role.SUPERVISOR);
        person("t-camp-north", north, Role.SUPERVISOR);
        person("t-camp-west", west, Role.SUPERVISOR);
        person("t-camp-trade", tradeDepartment, Role.SUPERVISOR);
        person("t-camp-inspector", emergency, Role.INSPECTOR);
        person("t-camp-west-inspector", westEmergency, Role.INSPECTOR);
        person("t-camp-mall", mall, Role.ENTERPRISE_MANAGER);
        person("t-camp-factory", factory, Role.ENTERPRISE_MANAGER);
        person("t-camp-plant", plant, Role.ENTERPRISE_MANAGER);
        person("t-camp-west-mall", westMall, Role.ENTERPRISE_MANAGER);
        templates.ensure(
                TEMPLATE,
                Set.of(),
                List.of(
                        new ChecklistTemplate.Item("安全出口畅通", "《消防法》第二十八条", true),
                        new ChecklistTemplate.Item("灭火器有效", "GB 50140", false)));
    }

    // ---- selection ----------------------------------------------------------------------------

    @Test
    void targetsAreSelectedByRegionIndustryRiskLevelAndCreditCode() {
        Scope city = Scope.region("9501");
        assertThat(select(city, form(f -> f.setRegionCode("950101001")))).containsExactlyInAnyOrder(mall, plant);
        assertThat(select(city, form(f -> f.setIndustryCodes(Set.of("T_TRADE")))))
                .as("an industry includes its sub-sectors")
                .containsExactlyInAnyOrder(mall, factory, westMall);
        assertThat(select(city, form(f -> f.setRiskLevels(Set.of(RiskLevel.RED)))))
                .containsExactlyInAnyOrder(mall, plant);
        assertThat(select(city, form(f -> f.setCreditCodes(creditCode("950102", 4)))))
                .containsExactly(westMall);
        assertThat(select(city, form(f -> {
                    f.setRegionCode("950101");
                    f.setIndustryCodes(Set.of("T_TRADE"));
                    f.setRiskLevels(Set.of(RiskLevel.RED));
                })))
                .as("criteria narrow together")
                .containsExactly(mall);
        assertThat(select(city, form(f -> {
                    f.setIndustryCodes(Set.of("T_CHEMICALS"));
                    f.setCreditCodes(creditCode("950102", 4).toLowerCase(Locale.ROOT) + "，");
                })))
                .as("hand-picked enterprises are added to the criteria's")
                .containsExactlyInAnyOrder(plant, westMall);
        assertThat(select(organization.scopeOf(tradeDepartment, false), form(f -> {})))
                .as("a department's scope is its industries")
                .containsExactlyInAnyOrder(mall, factory);

        CampaignLaunches.Selection outside = launches.select(
                Scope.region("950101"), form(f -> f.setCreditCodes(creditCode("950102", 4))), Locale.ENGLISH);
        assertThat(outside.unknownCreditCodes()).containsExactly(creditCode("950102", 4));
        assertThat(outside.enterpriseIds()).isEmpty();
    }

    @Test
    void theTargetListIsFrozenAtLaunch() {
        long before = count("campaign");
        Long id = launch("t-camp-city", "冻结名单" + System.nanoTime(), f -> f.setRegionCode("950102"));
        assertThat(targets(id)).containsExactly(westMall);
        Long later = enterprise("专项西镇新店", "950102001", 5, "T_CONSTRUCTION", RiskLevel.BLUE);
        assertThat(targets(id)).containsExactly(westMall).doesNotContain(later);
        Campaign campaign = campaigns.load(as("t-camp-city"), Scope.region("9501"), id);
        assertThat(campaign.getTargetCount()).isEqualTo(1);
        assertThat(board.total(Scope.region("9501"), campaign).targeted()).isEqualTo(1);
        assertThat(count("campaign")).isEqualTo(before + 1);
    }

    @Test
    void badLaunchesAreRefusedWithAMessageAndWriteNothing() {
        long before = count("campaign");
        long targetsBefore = count("campaign_target");
        var east = with("t-camp-east");
        assertThat(launchForm(east, "title", "")).hasStatusOk().bodyText().contains("Fill this in.");
        assertThat(launchForm(east, "endsOn", today().minusDays(1).toString()))
                .hasStatusOk()
                .bodyText()
                .contains("The end cannot be before the start");
        assertThat(launchForm(east, "regionCode", "950102"))
                .hasStatusOk()
                .bodyText()
                .contains("That region is outside your scope.");
        assertThat(launchForm(
                        east,
                        "title",
                        "<script>alert(1)</script>",
                        "startsOn",
                        "2026-13-45",
                        "endsOn",
                        "x",
                        "mode",
                        "LOUD"))
                .hasStatusOk()
                .bodyText()
                .contains("Not a valid value.")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(launchForm(east, "creditCodes", creditCode("950102", 4)))
                .hasStatusOk()
                .bodyText()
                .contains("Some credit codes are not enterprises of your scope");
        assertThat(count("campaign")).isEqualTo(before);
        assertThat(count("campaign_target")).isEqualTo(targetsBefore);

        assertThat(mvc.get().uri("/campaigns/new").with(with("t-camp-mall"))).hasStatus(403);
        assertThat(mvc.get().uri("/campaigns/new").with(with("t-camp-inspector")))
                .hasStatus(403);
        assertThat(launchForm(with("t-camp-inspector"))).hasStatus(403);
        assertThat(count("campaign")).isEqualTo(before);
    }

    @Test
    void aPreviewShowsTheCountAndLaunchingRedirectsToTheCampaign() {
        var east = with("t-camp-east");
        String title = "预览" + System.nanoTime();
        assertThat(launchForm(east, "title", title, "riskLevels", "RED", "preview", "1"))
                .hasStatusOk()
                .bodyText()
                .contains("2 enterprises", "专项商场", "专项化工厂");
        MvcTestResult launched = launchForm(east, "title", title, "riskLevels", "RED");
        assertThat(launched).hasStatus3xxRedirection();
        Long id = jdbc.sql("select id from campaign where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        assertThat(launched).redirectedUrl().isEqualTo("/campaigns/" + id);
        assertThat(targets(id)).containsExactlyInAnyOrder(mall, plant);
    }

    // ---- scope --------------------------------------------------------------------------------

    @Test
    void everyoneInReachSeesTheirPartOfACityCampaignAndNobodyElseSeesIt() {
        String title = "全市工贸" + System.nanoTime();
        Long id = launch("t-camp-city", title, f -> f.setIndustryCodes(Set.of("T_TRADE")));
        assertThat(targets(id)).containsExactlyInAnyOrder(mall, factory, westMall);
        Campaign campaign = campaigns.load(as("t-camp-city"), Scope.region("9501"), id);
        assertThat(board.total(Scope.region("9501"), campaign).targeted()).isEqualTo(3);
        assertThat(board.total(Scope.region("950101"), campaign).targeted()).isEqualTo(2);
        assertThat(board.total(Scope.region("950101001"), campaign).targeted()).isEqualTo(1);
        assertThat(board.total(Scope.region("950102"), campaign).targeted()).isEqualTo(1);

        String north = body("/campaigns/" + id + "/targets", "t-camp-north");
        assertThat(north).contains("专项商场").doesNotContain("专项工厂", "专项西区商场");
        assertThat(body("/campaigns", "t-camp-north")).contains(title);
        assertThat(body("/campaigns/" + id, "t-camp-west")).contains(title);
        assertThat(body("/campaigns/" + id, "t-camp-west-mall")).contains("Start the self-inspection");

        Long east = launch("t-camp-east", "东区自己的" + System.nanoTime(), f -> f.setRegionCode("950101002"));
        assertThat(mvc.get().uri("/campaigns/" + east).with(with("t-camp-west")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/campaigns/" + east + "/targets").with(with("t-camp-north")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/campaigns/" + east + "/summary").with(with("t-camp-west")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/campaigns/" + east + "/board.xlsx").with(with("t-camp-west")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/campaigns/" + east).with(with("t-camp-mall")))
                .as("an enterprise that is not a target")
                .hasStatus(404);
        assertThat(mvc.get().uri("/campaigns/" + east).with(with("t-camp-factory")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/campaigns/" + east + "/targets").with(with("t-camp-factory")))
                .as("enterprises do not see the target list")
                .hasStatus(403);
        assertThat(body("/campaigns", "t-camp-west")).doesNotContain("东区自己的");
    }

    // ---- the board ----------------------------------------------------------------------------

    @Test
    void theBoardCountsWhatWasDoneAgainstAHandCountedCampaign() throws Exception {
        String title = "看板核对" + System.nanoTime();
        Long id = launch("t-camp-east", title, f -> f.setMode(CampaignMode.BOTH));
        assertThat(targets(id)).containsExactlyInAnyOrder(mall, factory, plant);
        // The mall self-inspects and fails the first (major) item; the plant is visited and fails the second.
        Long selfInspection = startSelfInspection(id, "t-camp-mall");
        complete(selfInspection, "t-camp-mall", "FAIL", "负一层东侧出口堵塞", "PASS");
        assertThat(post(
                        "/campaigns/" + id + "/assign",
                        with("t-camp-east"),
                        "enterprise",
                        plant.toString(),
                        "inspector",
                        userId("t-camp-inspector").toString()))
                .hasStatus3xxRedirection();
        MvcTestResult visit = post("/campaigns/" + id + "/visits/" + plant, with("t-camp-inspector"));
        Long visitId = inspectionFrom(visit);
        complete(visitId, "t-camp-inspector", "PASS", null, "FAIL");
        // The factory begins its self-inspection and leaves it a draft.
        startSelfInspection(id, "t-camp-factory");

        Campaign campaign = campaigns.load(as("t-camp-east"), Scope.region("950101"), id);
        assertTheRollUpEqualsARecount(campaign);
        CampaignBoard.Board east = board.board(Scope.region("950101"), campaign, null, Locale.ENGLISH);
        assertThat(east.total()).isEqualTo(new Progress(3, 1, 1, 0, 3));
        assertThat(east.hazards().headline().get("total").count()).isEqualTo(2);
        assertThat(east.hazards().headline().get("majorTotal").count()).isEqualTo(1);
        assertThat(east.hazards().headline().get("generalTotal").count()).isEqualTo(1);
        assertThat(east.hazards().headline().get("closed").count()).isZero();
        assertThat(east.byRegion())
                .extracting(CampaignBoard.Row::key, r -> r.progress().targeted(), r -> count(r, "total"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("950101001", 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple("950101002", 1L, 0L));
        assertThat(east.byIndustry())
                .extracting(CampaignBoard.Row::key, r -> r.progress().targeted())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("T_COMMERCE", 1L),
                        org.assertj.core.groups.Tuple.tuple("T_TRADE", 1L),
                        org.assertj.core.groups.Tuple.tuple("T_CHEMICALS", 1L));
        CampaignBoard.Board town = board.board(Scope.region("950101"), campaign, "950101001", Locale.ENGLISH);
        assertThat(town.total()).isEqualTo(new Progress(2, 1, 1, 0, 2));
        assertThat(town.breadcrumb()).extracting(c -> c.code()).containsExactly("950101", "950101001");
        CampaignBoard.Board department =
                board.board(organization.scopeOf(tradeDepartment, false), campaign, null, Locale.ENGLISH);
        assertThat(department.total()).isEqualTo(new Progress(2, 1, 0, 0, 2));
        assertThat(department.hazards().headline().get("total").count()).isEqualTo(1);

        // The ledger's campaign filter shows exactly the campaign's hazards; the page links it.
        String ledger =
                body("/hazards?" + east.hazards().headline().get("total").query(), "t-camp-east");
        assertThat(ledger).contains("id=\"hazard-total\">2 ", "负一层东侧出口堵塞", "二楼东侧灭火器过期", title);
        assertThat(body("/campaigns/" + id, "t-camp-east")).contains("id=\"board-targeted\"", "Not responded");
        assertThat(body("/inspections/" + selfInspection, "t-camp-mall")).contains(title);

        // The summary and the export say the same.
        String summary = body("/campaigns/" + id + "/summary", "t-camp-east");
        assertThat(summary).contains("id=\"summary-targeted\">3<", "id=\"summary-hazards\">2<", "负一层东侧出口堵塞");
        MvcTestResult xlsx = mvc.get()
                .uri("/campaigns/" + id + "/board.xlsx")
                .with(with("t-camp-north"))
                .exchange();
        assertThat(xlsx).hasStatusOk();
        List<String> enterprises = new ArrayList<>();
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheets().count()).isEqualTo(3);
            try (var rows = workbook.getSheet(2).orElseThrow().openStream()) {
                rows.skip(1).map(r -> r.getCellAsString(0).orElse("")).forEach(enterprises::add);
            }
        }
        assertThat(enterprises).as("the town's part only").containsExactlyInAnyOrder("专项商场", "专项化工厂");
    }

    /** The board's roll-up against a count of the targets, for several scopes, regions and groupings. */
    void assertTheRollUpEqualsARecount(Campaign campaign) {
        for (Scope scope : List.of(
                Scope.all(),
                Scope.region("95"),
                Scope.region("950101"),
                organization.scopeOf(tradeDepartment, false))) {
            for (String region : java.util.Arrays.asList(null, "950101", "950101001")) {
                for (TargetCounts.Grouping grouping : List.of(
                        TargetCounts.Grouping.TOTAL,
                        TargetCounts.Grouping.region(6),
                        TargetCounts.Grouping.region(9),
                        TargetCounts.Grouping.INDUSTRY)) {
                    assertThat(tallies.progress(scope, campaign, region, grouping))
                            .as(scope + " " + region + " " + grouping)
                            .isEqualTo(recount.progress(scope, campaign, region, grouping));
                }
                // The target list's count (the board's figure) is the number of targets it lists.
                for (TargetStatus status : List.of(
                        TargetStatus.ALL, TargetStatus.OUTSTANDING, TargetStatus.NOT_STARTED, TargetStatus.RESPONDED)) {
                    var targets = board.targets(
                            scope,
                            campaign,
                            region,
                            status,
                            null,
                            org.springframework.data.domain.PageRequest.of(0, 1000));
                    assertThat(targets.getTotalElements())
                            .as("targets " + status + " " + scope + " " + region)
                            .isEqualTo(targets.getContent().size());
                }
            }
        }
    }

    // ---- the end date -------------------------------------------------------------------------

    @Test
    void anEndedCampaignTakesNoNewSelfInspectionsButItsBoardStaysReadable() throws Exception {
        Long id = launch("t-camp-east", "到期规则" + System.nanoTime(), f -> f.setRegionCode("950101001"));
        Long draft = startSelfInspection(id, "t-camp-mall");
        endedYesterday(id);

        long inspections = count("inspection");
        MvcTestResult refused = post("/campaigns/" + id + "/self-inspection", with("t-camp-plant"));
        assertThat(refused).hasStatus3xxRedirection().flash().containsEntry("problem", "campaign.ended");
        assertThat(count("inspection")).isEqualTo(inspections);

        complete(draft, "t-camp-mall", "PASS", null, "PASS");
        assertThat(jdbc.sql("select state from inspection where id = :id")
                        .param("id", draft)
                        .query(String.class)
                        .single())
                .as("a draft begun in time cannot be submitted after the end")
                .isEqualTo("DRAFT");
        assertThat(mvc.get().uri("/campaigns/" + id).with(with("t-camp-east"))).hasStatusOk();
        assertThat(body("/campaigns/" + id + "/summary", "t-camp-east"))
                .contains("Final result", "Enterprises that did not respond", "专项商场", "专项化工厂");
        assertThat(body("/campaigns/" + id, "t-camp-plant"))
                .contains("The campaign has ended without your self-inspection.");
    }

    @Test
    void nothingFoundIsStillASubmittedSelfInspection() throws Exception {
        Long id = launch("t-camp-east", "未发现问题" + System.nanoTime(), f -> f.setRegionCode("950101002"));
        Long inspection = startSelfInspection(id, "t-camp-factory");
        assertThat(startSelfInspection(id, "t-camp-factory"))
                .as("one self-inspection per campaign")
                .isEqualTo(inspection);
        complete(inspection, "t-camp-factory", "PASS", null, "NOT_APPLICABLE");
        Campaign campaign = campaigns.load(as("t-camp-east"), Scope.region("950101"), id);
        assertThat(board.total(Scope.region("950101"), campaign)).isEqualTo(new Progress(1, 1, 0, 0, 0));
        assertThat(body("/", "t-camp-factory")).contains("Submitted");
    }

    // ---- urging and visits --------------------------------------------------------------------

    @Test
    void urgingTellsEveryManagerWhoHasNotRespondedOnceADay() {
        Long id = launch("t-camp-east", "催办" + System.nanoTime(), f -> f.setRiskLevels(Set.of(RiskLevel.RED)));
        assertThat(post("/campaigns/" + id + "/urge", with("t-camp-mall"))).hasStatus(403);
        assertThat(post("/campaigns/" + id + "/urge", with("t-camp-inspector"))).hasStatus(403);
        assertThat(post("/campaigns/" + id + "/urge", with("t-camp-west"))).hasStatus(404);
        assertThat(post("/campaigns/" + id + "/urge", with("t-camp-east")))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("count", 2);
        assertThat(urged(id, userId("t-camp-mall"))).isEqualTo(1);
        assertThat(urged(id, userId("t-camp-plant"))).isEqualTo(1);
        assertThat(urged(id, userId("t-camp-factory"))).isZero();
        assertThat(post("/campaigns/" + id + "/urge", with("t-camp-east")))
                .flash()
                .containsEntry("problem", "campaign.urge.today");
        assertThat(urged(id, userId("t-camp-mall"))).isEqualTo(1);
        assertThat(body("/notifications", "t-camp-mall")).contains("Urged to respond to the campaign");
    }

    @Test
    void onlyCoveringInspectorsAreAssignedAndOnlyByRunningSupervisors() {
        Long id = launch("t-camp-east", "派员" + System.nanoTime(), f -> f.setMode(CampaignMode.VISIT));
        String inspector = userId("t-camp-inspector").toString();
        assertThat(post(
                        "/campaigns/" + id + "/assign",
                        with("t-camp-inspector"),
                        "enterprise",
                        mall.toString(),
                        "inspector",
                        inspector))
                .hasStatus(403);
        assertThat(post(
                        "/campaigns/" + id + "/assign",
                        with("t-camp-east"),
                        "enterprise",
                        westMall.toString(),
                        "inspector",
                        inspector))
                .as("not a target of the user's part")
                .hasStatus(404);
        assertThat(post(
                        "/campaigns/" + id + "/assign",
                        with("t-camp-east"),
                        "enterprise",
                        mall.toString(),
                        "inspector",
                        userId("t-camp-west-inspector").toString()))
                .flash()
                .containsEntry("problem", "campaign.assign.inspector")
                // The choice comes back with the refusal: nothing chosen is lost.
                .containsEntry("chosen", List.of(mall))
                .containsEntry("chosenInspector", userId("t-camp-west-inspector"));
        assertThat(post(
                        "/campaigns/" + id + "/assign",
                        with("t-camp-east"),
                        "enterprise",
                        mall.toString(),
                        "enterprise",
                        factory.toString(),
                        "inspector",
                        inspector))
                .flash()
                .containsEntry("count", 2);
        assertThat(jdbc.sql("select count(*) from campaign_target where campaign_id = :c and inspector_id is not null")
                        .param("c", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(body("/", "t-camp-inspector")).contains("Your campaign visits", "0 of 2 visited");
        assertThat(body("/campaigns/" + id + "/targets?status=MINE", "t-camp-inspector"))
                .contains("专项商场", "专项工厂")
                .doesNotContain("专项化工厂");
        assertThat(post("/campaigns/" + id + "/self-inspection", with("t-camp-mall")))
                .flash()
                .containsEntry("problem", "campaign.self.notAsked");
    }

    // ---- helpers ------------------------------------------------------------------------------

    interface FormSetter {
        void set(LaunchForm form);
    }

    LaunchForm form(FormSetter setter) {
        LaunchForm form = new LaunchForm();
        form.setTitle("测试");
        form.setReason("举一反三");
        form.setTemplateId(templateId());
        form.setStartsOn(today());
        form.setEndsOn(today().plusDays(20));
        form.setMode(CampaignMode.SELF);
        setter.set(form);
        return form;
    }

    List<Long> select(Scope scope, LaunchForm form) {
        CampaignLaunches.Selection selection = launches.select(scope, form, Locale.ENGLISH);
        assertThat(selection.unknownCreditCodes()).isEmpty();
        return selection.enterpriseIds();
    }

    Long launch(String username, String title, FormSetter setter) {
        SignedInUser launcher = as(username);
        LaunchForm form = form(setter);
        form.setTitle(title);
        Scope scope = organization.scopeOf(launcher.unitId(), false);
        return launches.launch(launcher, scope, form, Locale.ENGLISH);
    }

    List<Long> targets(Long campaignId) {
        return jdbc.sql("select enterprise_id from campaign_target where campaign_id = :c order by enterprise_id")
                .param("c", campaignId)
                .query(Long.class)
                .list();
    }

    Long startSelfInspection(Long campaignId, String username) {
        return inspectionFrom(post("/campaigns/" + campaignId + "/self-inspection", with(username)));
    }

    static Long inspectionFrom(MvcTestResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/inspections/");
        return Long.valueOf(location.substring("/inspections/".length()));
    }

    void complete(Long inspectionId, String username, String first, String note, String second) {
        List<Long> items = jdbc.sql(
                        "select i.id from checklist_item i join inspection n on n.template_id = i.template_id"
                                + " where n.id = :id order by i.position")
                .param("id", inspectionId)
                .query(Long.class)
                .list();
        long version = jdbc.sql("select version from inspection where id = :id")
                .param("id", inspectionId)
                .query(Long.class)
                .single();
        var request = mvc.post()
                .uri("/inspections/" + inspectionId)
                .multipart()
                .param("version", Long.toString(version))
                .param("outcome_" + items.get(0), first)
                .param("outcome_" + items.get(1), second)
                .param("complete", "true")
                .with(with(username))
                .with(csrf());
        if (note != null) {
            request = request.param("note_" + items.get(first.equals("FAIL") ? 0 : 1), note);
        }
        if (second.equals("FAIL")) {
            request = request.param("note_" + items.get(1), "二楼东侧灭火器过期");
        }
        assertThat(request).hasStatus3xxRedirection();
    }

    void endedYesterday(Long campaignId) {
        jdbc.sql("update campaign set starts_on = :s, ends_on = :e where id = :id")
                .param("s", today().minusDays(10))
                .param("e", today().minusDays(1))
                .param("id", campaignId)
                .update();
    }

    long urged(Long campaignId, Long userId) {
        return jdbc.sql("select count(*) from notification where campaign_id = :c and recipient_id = :u"
                        + " and type = 'CAMPAIGN_URGED'")
                .param("c", campaignId)
                .param("u", userId)
                .query(Long.class)
                .single();
    }

    static long count(CampaignBoard.Row row, String key) {
        var figure = row.hazards().get(key);
        return figure == null ? 0 : figure.count();
    }

    /** Posts the launch form: valid values, with some replaced ({@code name, value} pairs). */
    MvcTestResult launchForm(RequestPostProcessor who, String... replaced) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", "发起测试");
        params.put("reason", "举一反三");
        params.put("templateId", templateId().toString());
        params.put("startsOn", today().toString());
        params.put("endsOn", today().plusDays(10).toString());
        params.put("mode", "SELF");
        for (int i = 0; i + 1 < replaced.length; i += 2) {
            params.put(replaced[i], replaced[i + 1]);
        }
        return post(
                "/campaigns",
                who,
                params.entrySet().stream()
                        .flatMap(e -> Stream.of(e.getKey(), e.getValue()))
                        .toArray(String[]::new));
    }

    MvcTestResult post(String uri, RequestPostProcessor who, String... params) {
        var request =
                mvc.post().uri(uri).header("Accept-Language", "en").with(who).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    String body(String uri, String username) {
        try {
            MvcTestResult result = mvc.get()
                    .uri(uri)
                    .header("Accept-Language", "en")
                    .with(with(username))
                    .exchange();
            if (result.getUnresolvedException() != null) {
                throw new AssertionError(uri + " failed", result.getUnresolvedException());
            }
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    Long templateId() {
        return jdbc.sql("select id from checklist_template where name = :n and current")
                .param("n", TEMPLATE)
                .query(Long.class)
                .single();
    }

    Long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    SignedInUser as(String username) {
        return (SignedInUser) userDetails.loadUserByUsername(username);
    }

    RequestPostProcessor with(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    void person(String username, Long unit, Role role) {
        accounts.ensureUser(username, username, unit, Set.of(role), PASSWORD);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static String creditCode(String region, int n) {
        String first17 = "91" + region + String.format("TC%07d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    Long enterprise(String name, String region, int n, String industry, RiskLevel risk) {
        return organizationSeeds.ensureEnterprise(
                new EnterpriseDetails(
                        name,
                        creditCode(region.substring(0, 6), n),
                        "专项路" + n + "号",
                        "负责人",
                        "安全员",
                        "0750-0000000",
                        risk),
                region,
                Set.of(industry));
    }
}
