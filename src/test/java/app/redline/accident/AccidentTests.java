package app.redline.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.inspection.ChecklistTemplate;
import app.redline.inspection.InspectionSeeds;
import app.redline.inspection.TemplateAdministration;
import app.redline.organization.OrganizationSeeds;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accidents: recorded by the enterprise or by a department above it, their level computed from the
 * figures, each report judged against its time limit, whoever is on duty told (a unit's supervisors
 * when nobody is), and seen only within the scopes that hold the enterprise.
 */
@RedlineTest
class AccidentTests {

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
    TemplateAdministration templates;

    @Autowired
    InspectionSeeds inspectionSeeds;

    ScopeFixture scope;
    Long onDuty;

    @BeforeEach
    void people() {
        scope = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, scope);
        String password = TestAdmins.PASSWORD;
        onDuty = accounts.ensureUser("t-ac-chem", "危化值班员", scope.chemicalsDepartment, Set.of(Role.INSPECTOR), password);
        accounts.ensureUser("t-ac-chem-lead", "危化带班领导", scope.chemicalsDepartment, Set.of(Role.SUPERVISOR), password);
        accounts.ensureUser("t-ac-county", "东区政府科长", scope.countyGovernment, Set.of(Role.SUPERVISOR), password);
        accounts.ensureUser("t-ac-sibling", "西区政府科长", scope.siblingCountyGovernment, Set.of(Role.SUPERVISOR), password);
        accounts.ensureUser("t-ac-trade", "工贸核查员", scope.tradeDepartment, Set.of(Role.INSPECTOR), password);
        accounts.ensureUser("t-ac-manager", "化工厂安全员", scope.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), password);
        accounts.ensureUser(
                "t-ac-other", "建筑公司安全员", scope.constructionInCounty, Set.of(Role.ENTERPRISE_MANAGER), password);
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    static String minutesAgo(long minutes) {
        return LocalDateTime.now(Today.ZONE)
                .minusMinutes(minutes)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    MvcTestResult record(String who, Long enterprise, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(Map.of(
                "enterpriseId", enterprise == null ? "" : enterprise.toString(),
                "occurredAt", minutesAgo(40),
                "reportedAt", minutesAgo(20),
                "place", "二号车间",
                "type", "POISONING_ASPHYXIATION",
                "summary", "受限空间作业中毒 " + UUID.randomUUID(),
                "deaths", "0",
                "seriousInjuries", "0",
                "minorInjuries", "0",
                "directLoss", "0"));
        all.putAll(fields);
        var request = mvc.post()
                .uri("/accidents")
                .header("Accept-Language", "en")
                .with(as(who))
                .with(csrf());
        for (var field : all.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.param("_submission", UUID.randomUUID().toString()).exchange();
    }

    long recorded(MvcTestResult result) {
        assertThat(result).hasStatus3xxRedirection();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/accidents/", ""));
    }

    long notified(String username, NotificationKind kind, long accident) {
        return jdbc.sql("select count(*) from notification n join app_user u on u.id = n.recipient_id"
                        + " where u.username = :u and n.type = :t and n.object_id = :a")
                .param("u", username)
                .param("t", kind.name())
                .param("a", accident)
                .query(Long.class)
                .single();
    }

    enum NotificationKind {
        ACCIDENT,
        ACCIDENT_REPORT
    }

    @Test
    void theEnterpriseRecordsItTheLevelIsComputedAndWhoeverIsOnDutyIsTold() {
        // The department's supervisor puts the inspector on duty today; the county government has
        // nobody on duty, so its supervisors are told.
        assertThat(mvc.post()
                        .uri("/duty")
                        .param("from", Today.date().toString())
                        .param("userId", onDuty.toString())
                        .param("role", "STAFF")
                        .param("phone", "0750-110")
                        .with(as("t-ac-chem-lead"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        jdbc.sql("delete from duty_shift where unit_id = :u and day = :d")
                .param("u", scope.countyGovernment)
                .param("d", Today.date())
                .update();
        assertThat(mvc.get().uri("/duty").header("Accept-Language", "en").with(as("t-ac-chem")))
                .hasStatusOk()
                .bodyText()
                .contains("危化值班员", "0750-110");

        long id = recorded(record("t-ac-manager", scope.chemicalsInTown, Map.of("deaths", "3", "minorInjuries", "4")));
        assertThat(level(id)).isEqualTo("LARGER");
        assertThat(mvc.get()
                        .uri("/accidents/" + id)
                        .header("Accept-Language", "en")
                        .with(as("t-ac-manager")))
                .hasStatusOk()
                .bodyText()
                .contains("Larger accident", "3 deaths: at least 3", "危化值班员", "0750-110", "In time");
        assertThat(notified("t-ac-chem", NotificationKind.ACCIDENT, id)).isEqualTo(1);
        assertThat(notified("t-ac-chem-lead", NotificationKind.ACCIDENT, id))
                .as("the department has someone on duty: its supervisor is not called")
                .isZero();
        assertThat(notified("t-ac-county", NotificationKind.ACCIDENT, id)).isEqualTo(1);
        assertThat(notified("t-ac-sibling", NotificationKind.ACCIDENT, id)).isZero();
        assertThat(notified("t-ac-trade", NotificationKind.ACCIDENT, id)).isZero();
        // The notification opens the accident.
        Long notification = jdbc.sql("select n.id from notification n join app_user u on u.id = n.recipient_id"
                        + " where u.username = 't-ac-chem' and n.object_id = :a")
                .param("a", id)
                .query(Long.class)
                .single();
        assertThat(mvc.post()
                        .uri("/notifications/" + notification + "/read")
                        .with(as("t-ac-chem"))
                        .with(csrf()))
                .hasRedirectedUrl("/accidents/" + id);

        // Seen within the scopes that hold the enterprise; nobody else finds it.
        for (String reader : new String[] {"t-ac-chem", "t-ac-county", "t-ac-manager"}) {
            assertThat(mvc.get().uri("/accidents/" + id).with(as(reader))).hasStatusOk();
            assertThat(mvc.get().uri("/accidents").with(as(reader))).bodyText().contains("/accidents/" + id + "\"");
        }
        for (String stranger : new String[] {"t-ac-sibling", "t-ac-trade", "t-ac-other"}) {
            assertThat(mvc.get().uri("/accidents/" + id).with(as(stranger))).hasStatus(404);
            assertThat(mvc.get().uri("/accidents").with(as(stranger)))
                    .bodyText()
                    .doesNotContain("/accidents/" + id + "\"");
        }
        // Another enterprise's manager, and a department that does not supervise it, cannot record one.
        assertThat(record("t-ac-other", scope.chemicalsInTown, Map.of())).hasStatus(404);
        assertThat(record("t-ac-trade", scope.chemicalsInTown, Map.of())).hasStatus(404);
        assertThat(mvc.get()
                        .uri("/accidents/new?enterprise=" + scope.chemicalsInTown)
                        .with(as("t-ac-sibling")))
                .hasStatus(404);
    }

    @Test
    void lateReportsStandOutAndAFollowUpChangesTheLevel() {
        // Happened five hours ago, first reported two hours after it: late (the limit is an hour).
        long id = recorded(record(
                "t-ac-chem",
                scope.chemicalsInTown,
                Map.of("occurredAt", minutesAgo(300), "reportedAt", minutesAgo(180), "type", "FIRE")));
        assertThat(level(id)).isEqualTo("GENERAL");
        assertThat(late(id, "INITIAL")).isTrue();
        // The department passes it up now: three hours after it received it, so late too.
        assertThat(report(id, "t-ac-chem", "UPWARD", minutesAgo(0), "0", "0")).hasStatus3xxRedirection();
        assertThat(late(id, "UPWARD")).isTrue();
        // A unit passes an accident up once.
        assertThat(report(id, "t-ac-chem-lead", "UPWARD", minutesAgo(0), "0", "0"))
                .hasStatus(403);
        // A follow-up with ten deaths makes it a major accident; its chain now reaches the province.
        assertThat(report(id, "t-ac-manager", "FOLLOW_UP", minutesAgo(0), "10", "0"))
                .hasStatus3xxRedirection();
        assertThat(level(id)).isEqualTo("MAJOR");
        assertThat(late(id, "FOLLOW_UP")).isFalse();
        assertThat(notified("t-ac-county", NotificationKind.ACCIDENT_REPORT, id))
                .isEqualTo(2);
        assertThat(mvc.get()
                        .uri("/accidents/" + id)
                        .header("Accept-Language", "en")
                        .with(as("t-ac-county")))
                .bodyText()
                .contains("Major accident", "10 deaths: at least 10", "Reported late", "Late: due by");
        assertThat(mvc.get().uri("/accidents?level=MAJOR").with(as("t-ac-county")))
                .bodyText()
                .contains("/accidents/" + id + "\"");
        assertThat(mvc.get().uri("/accidents?level=GENERAL").with(as("t-ac-county")))
                .bodyText()
                .doesNotContain("/accidents/" + id + "\"");
        // A report from a form read before the follow-up (an old version) is refused.
        assertThat(mvc.post()
                        .uri("/accidents/" + id + "/reports")
                        .param("kind", "FOLLOW_UP")
                        .param("reportedAt", minutesAgo(0))
                        .param("deaths", "11")
                        .param("seriousInjuries", "0")
                        .param("minorInjuries", "0")
                        .param("directLoss", "0")
                        .param("version", "0")
                        .with(as("t-ac-manager"))
                        .with(csrf()))
                .hasStatus(409);
        assertThat(level(id)).isEqualTo("MAJOR");
    }

    @Test
    void theTraceBackShowsWhatWasKnownAndACampaignIsLaunchedFromIt() throws Exception {
        String template = "事故倒查测试表";
        templates.ensure(
                template,
                Set.of(),
                List.of(
                        new ChecklistTemplate.Item("有限空间作业前进行气体检测", null, false),
                        new ChecklistTemplate.Item("灭火器在有效期内", null, false)));
        Long inspector = jdbc.sql("select id from app_user where username = 't-ac-chem'")
                .query(Long.class)
                .single();
        inspectionSeeds.completed(
                new InspectionSeeds.Visit(
                        scope.chemicalsInTown,
                        scope.chemicalsDepartment,
                        inspector,
                        "倒查检查员甲",
                        30,
                        List.of(new InspectionSeeds.Failure(2, "灭火器过期"))),
                template);
        long id = recorded(record("t-ac-manager", scope.chemicalsInTown, Map.of()));

        // The trace-back: the inspection, the item it passed that concerns poisoning, its hazard.
        assertThat(mvc.get()
                        .uri("/accidents/" + id + "/trace-back")
                        .header("Accept-Language", "en")
                        .with(as("t-ac-county")))
                .hasStatusOk()
                .bodyText()
                .contains("倒查检查员甲", "事故倒查测试表", "1 items passed, 1 failed", "有限空间作业前进行气体检测")
                .contains("Hazards and how their loops ended", "investigation tasks");
        assertThat(mvc.get().uri("/accidents/" + id + "/trace-back").with(as("t-ac-sibling")))
                .hasStatus(404);

        // The county government's supervisor launches a campaign from it, prefilled.
        assertThat(mvc.get().uri("/accidents/" + id).with(as("t-ac-chem")))
                .bodyText()
                .doesNotContain("launch-campaign-link");
        String page = mvc.get()
                .uri("/accidents/" + id)
                .header("Accept-Language", "en")
                .with(as("t-ac-county"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"launch-campaign-link\" href=\"([^\"]+)\"")
                .matcher(page);
        assertThat(link.find()).as(page).isTrue();
        String launch = org.springframework.web.util.HtmlUtils.htmlUnescape(link.group(1));
        assertThat(launch).contains("origin=accident:" + id, "industryCodes=T_CHEMICALS");
        assertThat(mvc.get()
                        .uri(java.net.URI.create(launch))
                        .header("Accept-Language", "en")
                        .with(as("t-ac-county")))
                .hasStatusOk()
                .bodyText()
                .contains("Lessons from the Poisoning and asphyxiation at 测试东镇化工厂", "accident:" + id);
        Long templateId = jdbc.sql("select id from checklist_template where name = :n and current")
                .param("n", template)
                .query(Long.class)
                .single();
        MvcTestResult launched = mvc.post()
                .uri("/campaigns")
                .param("title", "举一反三：有限空间专项排查")
                .param("reason", "举一反三")
                .param("templateId", templateId.toString())
                .param("startsOn", Today.date().toString())
                .param("endsOn", Today.date().plusDays(20).toString())
                .param("mode", "SELF")
                .param("industryCodes", "T_CHEMICALS")
                .param("origin", "accident:" + id)
                .param("_submission", UUID.randomUUID().toString())
                .with(as("t-ac-county"))
                .with(csrf())
                .exchange();
        assertThat(launched).hasStatus3xxRedirection();
        String campaign = launched.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri("/accidents/" + id).with(as("t-ac-county")))
                .bodyText()
                .contains("举一反三：有限空间专项排查", campaign + "\"");
        assertThat(mvc.get().uri(campaign).header("Accept-Language", "en").with(as("t-ac-county")))
                .bodyText()
                .contains("/accidents/" + id, "Launched after the accident at 测试东镇化工厂");
    }

    @Test
    void supervisorsRecordTheInvestigationAndWhoWasHeldToAccountAndReadTheFigures() {
        long id = recorded(record(
                "t-ac-manager",
                scope.chemicalsInTown,
                Map.of(
                        "occurredAt",
                        minutesAgo(60 * 24 * 3),
                        "reportedAt",
                        minutesAgo(60 * 24 * 3 - 30),
                        "deaths",
                        "4")));
        Map<String, String> held = Map.of(
                "subjectKind", "PERSON",
                "subjectName", "王某",
                "position", "生产副厂长",
                "subjectUnitId", scope.chemicalsInTown.toString(),
                "duty", "未组织有限空间作业审批",
                "measure", "JUDICIAL",
                "basis", "《刑法》第一百三十四条",
                "decidedBy", "测试市人民政府",
                "decidedOn", Today.date().toString());
        // The enterprise and an inspector read, they do not decide; another county does not find it.
        assertThat(decide(id, "accountability", "t-ac-manager", held)).hasStatus(403);
        assertThat(decide(id, "accountability", "t-ac-chem", held)).hasStatus(403);
        assertThat(decide(id, "accountability", "t-ac-sibling", held)).hasStatus(404);
        // A unit that is not the enterprise's nor above it, and a date before the accident: refused.
        Map<String, String> stranger = new LinkedHashMap<>(held);
        stranger.put("subjectUnitId", scope.chemicalsInSiblingCounty.toString());
        assertThat(decide(id, "accountability", "t-ac-county", stranger))
                .hasStatusOk()
                .bodyText()
                .contains("Choose the enterprise or a department or government above it.");
        Map<String, String> early = new LinkedHashMap<>(held);
        early.put("decidedOn", Today.date().minusDays(10).toString());
        assertThat(decide(id, "accountability", "t-ac-county", early))
                .bodyText()
                .contains("The date cannot be before the accident.");
        assertThat(jdbc.sql("select count(*) from accountability where accident_id = :a")
                        .param("a", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(decide(id, "accountability", "t-ac-county", held)).hasStatus3xxRedirection();
        assertThat(decide(
                        id,
                        "investigation",
                        "t-ac-chem-lead",
                        Map.of(
                                "approvedBy", "测试市人民政府",
                                "approvedOn", Today.date().toString(),
                                "nature", "LIABILITY",
                                "cause", "未检测气体即进入污水池",
                                "findings", "企业主要负责人未履行职责",
                                "measures", "开展有限空间专项整治")))
                .hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/accidents/" + id)
                        .header("Accept-Language", "en")
                        .with(as("t-ac-manager")))
                .bodyText()
                .contains("王某", "Referred to the judicial organs", "未检测气体即进入污水池", "A liability accident");
        // A newer report with its document as approved: a PDF only, read by whoever sees the accident.
        assertThat(investigation(
                        id, new MockMultipartFile("document", "报告.docx", "application/pdf", "PK..".getBytes())))
                .hasStatusOk()
                .bodyText()
                .contains("Send the report as a PDF file.", "第二次调查结论");
        byte[] pdf = "%PDF-1.4\n%test report\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(investigation(id, new MockMultipartFile("document", "调查报告.pdf", "application/pdf", pdf)))
                .hasStatus3xxRedirection();
        Long report = jdbc.sql("select max(id) from accident_investigation where accident_id = :a")
                .param("a", id)
                .query(Long.class)
                .single();
        String document = "/accidents/" + id + "/investigation/" + report + "/document";
        assertThat(mvc.get().uri("/accidents/" + id).with(as("t-ac-county")))
                .bodyText()
                .contains(document, "第二次调查结论");
        MvcTestResult download =
                mvc.get().uri(document).with(as("t-ac-manager")).exchange();
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(mvc.get().uri(document).with(as("t-ac-sibling"))).hasStatus(404);
        // On the unit's list, for those who see it; not for another county.
        assertThat(mvc.get()
                        .uri("/accidents/accountability?unit=" + scope.chemicalsInTown)
                        .with(as("t-ac-county")))
                .bodyText()
                .contains("王某", "未组织有限空间作业审批");
        assertThat(mvc.get()
                        .uri("/accidents/accountability?unit=" + scope.chemicalsInTown)
                        .with(as("t-ac-sibling")))
                .bodyText()
                .doesNotContain("王某");
        // The figures: the county counts it; the sibling county does not; the enterprise has none.
        assertThat(mvc.get()
                        .uri("/accidents/figures")
                        .header("Accept-Language", "en")
                        .with(as("t-ac-county")))
                .hasStatusOk()
                .bodyText()
                .contains("Larger accident", "Poisoning and asphyxiation", "Referred to the judicial organs");
        assertThat(mvc.get()
                        .uri("/accidents/figures")
                        .header("Accept-Language", "en")
                        .with(as("t-ac-sibling")))
                .bodyText()
                .doesNotContain("Poisoning and asphyxiation");
        assertThat(mvc.get().uri("/accidents/figures").with(as("t-ac-manager"))).hasStatus(403);
        assertThat(mvc.get().uri("/accidents/figures.xlsx").with(as("t-ac-county")))
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(mvc.get().uri("/").header("Accept-Language", "en").with(as("t-ac-county")))
                .bodyText()
                .contains("dashboard-accidents");
    }

    MvcTestResult investigation(long id, MockMultipartFile document) {
        return mvc.post()
                .uri("/accidents/" + id + "/investigation")
                .multipart()
                .file(document)
                .param("approvedBy", "测试市人民政府")
                .param("approvedOn", Today.date().toString())
                .param("nature", "LIABILITY")
                .param("cause", "第二次调查结论")
                .param("findings", "企业主要负责人未履行职责")
                .param("measures", "开展有限空间专项整治")
                .param("_submission", UUID.randomUUID().toString())
                .header("Accept-Language", "en")
                .with(as("t-ac-county"))
                .with(csrf())
                .exchange();
    }

    MvcTestResult decide(long id, String step, String who, Map<String, String> fields) {
        var request = mvc.post()
                .uri("/accidents/" + id + "/" + step)
                .header("Accept-Language", "en")
                .with(as(who))
                .with(csrf());
        for (var field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.param("_submission", UUID.randomUUID().toString()).exchange();
    }

    @Test
    void anAccidentAtAPlaceThatIsNotAnEnterpriseReachesTheRegionAndTheIndustry() {
        Map<String, String> site = new LinkedHashMap<>(Map.of(
                "enterpriseId", "",
                "site", "东区环城路市政管道施工现场",
                "regionCode", "970101",
                "industryCode", "T_CHEMICALS",
                "deaths", "1"));
        // An enterprise's manager cannot; a department only within its own industries.
        assertThat(mvc.get().uri("/accidents/new").with(as("t-ac-manager"))).hasStatus(403);
        assertThat(record("t-ac-trade", null, site))
                .hasStatusOk()
                .bodyText()
                .contains("Choose a region and an industry within your own reach.");
        long id = recorded(record("t-ac-county", null, site));
        assertThat(jdbc.sql("select enterprise_id is null and site is not null from accident where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // The chemicals department (its industry) and the county see it and were told; the trade
        // department and the sibling county do not find it; there is no trace-back of a place.
        assertThat(mvc.get()
                        .uri("/accidents/" + id)
                        .header("Accept-Language", "en")
                        .with(as("t-ac-chem")))
                .hasStatusOk()
                .bodyText()
                .contains("东区环城路市政管道施工现场 (not an enterprise)")
                .doesNotContain("trace-back-link");
        assertThat(notified("t-ac-chem-lead", NotificationKind.ACCIDENT, id)
                        + notified("t-ac-chem", NotificationKind.ACCIDENT, id))
                .isPositive();
        assertThat(mvc.get().uri("/accidents/" + id).with(as("t-ac-trade"))).hasStatus(404);
        assertThat(mvc.get().uri("/accidents/" + id).with(as("t-ac-sibling"))).hasStatus(404);
        assertThat(mvc.get().uri("/accidents/" + id + "/trace-back").with(as("t-ac-county")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/accidents").with(as("t-ac-county")))
                .bodyText()
                .contains("东区环城路市政管道施工现场");
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsWritten() {
        long before = count();
        assertThat(record("t-ac-manager", scope.chemicalsInTown, Map.of("occurredAt", minutesAgo(-120))))
                .hasStatusOk()
                .bodyText()
                .contains("The accident cannot be in the future.");
        assertThat(record("t-ac-manager", scope.chemicalsInTown, Map.of("reportedAt", minutesAgo(60))))
                .hasStatusOk()
                .bodyText()
                .contains("A report cannot come before the accident.");
        assertThat(record("t-ac-manager", scope.chemicalsInTown, Map.of("deaths", "-1", "directLoss", "1.234")))
                .hasStatusOk()
                .bodyText()
                .contains("Too small: at least 0", "at most two decimals");
        assertThat(record("t-ac-manager", scope.chemicalsInTown, Map.of("occurredAt", "", "type", "")))
                .hasStatusOk()
                .bodyText()
                .contains("Give the date and time of the accident.", "Choose one.", "二号车间");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theRosterIsTheUnitsToKeep() {
        assertThat(mvc.get().uri("/duty").with(as("t-ac-manager"))).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/duty")
                        .param("from", Today.date().toString())
                        .param("userId", onDuty.toString())
                        .param("role", "LEADER")
                        .with(as("t-ac-chem"))
                        .with(csrf()))
                .hasStatus(403);
        // A person of another unit cannot be put on duty.
        Long stranger = jdbc.sql("select id from app_user where username = 't-ac-county'")
                .query(Long.class)
                .single();
        assertThat(mvc.post()
                        .uri("/duty")
                        .header("Accept-Language", "en")
                        .param("from", Today.date().plusDays(3).toString())
                        .param("userId", stranger.toString())
                        .param("role", "LEADER")
                        .with(as("t-ac-chem-lead"))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Choose a person of your unit.");
        // A week at once; the printed month lists it.
        assertThat(mvc.post()
                        .uri("/duty")
                        .param("from", "2030-03-01")
                        .param("to", "2030-03-07")
                        .param("userId", onDuty.toString())
                        .param("role", "LEADER")
                        .param("phone", "0750-3888")
                        .with(as("t-ac-chem-lead"))
                        .with(csrf()))
                .hasRedirectedUrl("/duty?month=2030-03");
        assertThat(jdbc.sql(
                                "select count(*) from duty_shift where user_id = :u and day between '2030-03-01' and '2030-03-31'")
                        .param("u", onDuty)
                        .query(Long.class)
                        .single())
                .isEqualTo(7L);
        assertThat(mvc.get().uri("/duty/print?month=2030-03").with(as("t-ac-chem")))
                .hasStatusOk()
                .bodyText()
                .contains("危化值班员");
        // Another unit's supervisor removes nothing of it.
        Long shift = jdbc.sql("select min(id) from duty_shift where user_id = :u and day = '2030-03-01'")
                .param("u", onDuty)
                .query(Long.class)
                .single();
        assertThat(mvc.post()
                        .uri("/duty/" + shift + "/removal")
                        .with(as("t-ac-county"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from duty_shift where id = :id")
                        .param("id", shift)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(mvc.post()
                        .uri("/duty/" + shift + "/removal")
                        .with(as("t-ac-chem-lead"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from duty_shift where id = :id")
                        .param("id", shift)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    MvcTestResult report(long id, String who, String kind, String at, String deaths, String serious) {
        long version = jdbc.sql("select version from accident where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        return mvc.post()
                .uri("/accidents/" + id + "/reports")
                .param("kind", kind)
                .param("reportedAt", at)
                .param("deaths", deaths)
                .param("seriousInjuries", serious)
                .param("minorInjuries", "0")
                .param("directLoss", "0")
                .param("version", String.valueOf(version))
                .param("_submission", UUID.randomUUID().toString())
                .with(as(who))
                .with(csrf())
                .exchange();
    }

    String level(long id) {
        return jdbc.sql("select level from accident where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    boolean late(long id, String kind) {
        return jdbc.sql("select bool_or(late) from accident_report where accident_id = :id and kind = :k")
                .param("id", id)
                .param("k", kind)
                .query(Boolean.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from accident").query(Long.class).single();
    }
}
