package app.redline.publicreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.hazard.PhotoMetadataTests;
import app.redline.organization.OrganizationSeeds;
import app.redline.prevention.FreshEnterprise;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
 * Reports by anyone: without an account a member of the public reports a hazard at an enterprise,
 * gets a case number and a follow-up code, and follows the case; the department that supervises the
 * enterprise's industry verifies it — raising a hazard, dismissing it with a reply, or transferring
 * it — and the reporter's identity is for its handlers alone, every read audited.
 */
@RedlineTest
class PublicReportTests {

    static final Pattern CASE = Pattern.compile("id=\"case-number\">(JB\\d+)<");
    static final Pattern CODE = Pattern.compile("id=\"follow-up-code\">([0-9A-Z-]+)<");
    static final AtomicInteger ADDRESS = new AtomicInteger();

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

    ScopeFixture scope;

    @BeforeEach
    void people() {
        scope = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, scope);
        String password = TestAdmins.PASSWORD;
        accounts.ensureUser("t-pr-chem", "危化核查员", scope.chemicalsDepartment, Set.of(Role.INSPECTOR), password);
        accounts.ensureUser("t-pr-chem-sup", "危化科长", scope.chemicalsDepartment, Set.of(Role.SUPERVISOR), password);
        accounts.ensureUser("t-pr-trade", "工贸核查员", scope.tradeDepartment, Set.of(Role.INSPECTOR), password);
        accounts.ensureUser("t-pr-emergency", "应急核查员", scope.emergencyDepartment, Set.of(Role.INSPECTOR), password);
        accounts.ensureUser("t-pr-manager", "化工厂安全员", scope.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), password);
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    /** A request from an address of its own (the per-address limit is tested on its own). */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String freshAddress() {
        return "10.1." + (ADDRESS.get() / 250) + "." + (ADDRESS.incrementAndGet() % 250 + 1);
    }

    MvcTestResult send(Map<String, String> fields, String address, MockMultipartFile... photos) {
        var request = mvc.post().uri("/report").multipart();
        for (MockMultipartFile photo : photos) {
            request = request.file(photo);
        }
        request = request.param("enterpriseId", scope.chemicalsInTown.toString())
                .param("location", "东门仓库")
                .header("Accept-Language", "en")
                .with(from(address))
                .with(csrf());
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        if (!fields.containsKey("draftKey")) {
            request = request.param("draftKey", UUID.randomUUID().toString());
        }
        return request.exchange();
    }

    /** Reports anonymously: the case number and the code. */
    String[] report(String description) {
        return receipt(body(send(Map.of("description", description, "anonymous", "true"), freshAddress())));
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String[] receipt(String body) {
        Matcher caseNumber = CASE.matcher(body);
        Matcher code = CODE.matcher(body);
        assertThat(caseNumber.find()).as("a case number in " + body).isTrue();
        assertThat(code.find()).isTrue();
        return new String[] {caseNumber.group(1), code.group(1)};
    }

    Map<String, Object> row(String caseNumber) {
        return jdbc.sql("select * from public_report where case_number = :c")
                .param("c", caseNumber)
                .query()
                .singleRow();
    }

    long id(String caseNumber) {
        return ((Number) row(caseNumber).get("id")).longValue();
    }

    MvcTestResult status(String caseNumber, String code) {
        return mvc.post()
                .uri("/report/status")
                .param("caseNumber", caseNumber)
                .param("code", code)
                .header("Accept-Language", "en")
                .with(csrf())
                .exchange();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    @Test
    void anyoneReportsWithoutAnAccountAndFollowsTheCaseWithItsCode() {
        assertThat(mvc.get().uri("/report?q=东镇化工").header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("测试东镇化工厂", "/report?enterprise=" + scope.chemicalsInTown);
        assertThat(mvc.get().uri("/report?enterprise=" + scope.chemicalsInTown).header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("测试东镇化工厂", "Send the report");
        String description = "储罐区消防通道被堵 " + UUID.randomUUID();
        MvcTestResult sent = send(
                Map.of("description", description, "anonymous", "true", "seenOn", "2026-01-02"),
                freshAddress(),
                new MockMultipartFile("photos", "tank.png", "image/png", png()));
        assertThat(sent).hasStatusOk().hasHeader("Cache-Control", "no-store");
        String[] receipt = receipt(body(sent));
        Map<String, Object> row = row(receipt[0]);
        assertThat(row.get("description")).isEqualTo(description);
        assertThat(row.get("handler_unit_id")).isEqualTo(scope.chemicalsDepartment);
        assertThat(row.get("anonymous")).isEqualTo(true);
        assertThat(row.get("code_hash").toString()).doesNotContain(receipt[1]);
        assertThat(count("select count(*) from public_report_photo where report_id = " + row.get("id")))
                .isEqualTo(1);
        // The department's people are told.
        assertThat(count("select count(*) from notification n join app_user u on u.id = n.recipient_id"
                        + " where u.username = 't-pr-chem' and n.type = 'PUBLIC_REPORT' and n.subject like '"
                        + receipt[0] + "%'"))
                .isEqualTo(1);
        // The reporter follows the case with the number and the code; a wrong code finds nothing.
        assertThat(status(receipt[0], receipt[1]))
                .hasStatusOk()
                .bodyText()
                .contains("Being verified", "测试东区危化监管局")
                .doesNotContain(description);
        assertThat(status(receipt[0], "AAAAA-AAAAA")).bodyText().contains("No report has this case number");
        assertThat(status("JB1", receipt[1])).bodyText().contains("No report has this case number");
    }

    @Test
    void aReportersPhotoReachesTheHandlersWithoutWhatTheCameraWroteAboutThemAndUpright() throws Exception {
        byte[] camera = PhotoMetadataTests.cameraJpeg(6);
        assertThat(PhotoMetadataTests.contains(camera, PhotoMetadataTests.OWNER))
                .isTrue();
        String[] receipt = receipt(body(send(
                Map.of("description", "手机拍的配电箱 " + UUID.randomUUID(), "anonymous", "true"),
                freshAddress(),
                new MockMultipartFile("photos", "IMG_0001.jpg", "image/jpeg", camera))));
        long id = id(receipt[0]);
        long photo = jdbc.sql("select id from public_report_photo where report_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        byte[] kept = mvc.get()
                .uri("/public-reports/" + id + "/photos/" + photo)
                .with(as("t-pr-chem"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        assertThat(kept).isNotEmpty();
        assertThat(PhotoMetadataTests.contains(kept, PhotoMetadataTests.OWNER)).isFalse();
        assertThat(PhotoMetadataTests.contains(kept, PhotoMetadataTests.PLACE)).isFalse();
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(shown.getWidth()).as("the pixels as sent").isEqualTo(80);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(mvc.get()
                .uri("/public-reports/" + id + "/photos/" + photo + "/thumb")
                .with(as("t-pr-chem"))
                .exchange()
                .getResponse()
                .getContentAsByteArray()));
        assertThat(thumb.getHeight()).as("the thumbnail upright").isGreaterThan(thumb.getWidth());
    }

    @Test
    void theHandlersVerifyItIntoAHazardAndTheReporterSeesTheOutcome() {
        String[] receipt = receipt(body(send(
                Map.of("description", "配电箱裸露 " + UUID.randomUUID(), "anonymous", "true"),
                freshAddress(),
                new MockMultipartFile("photos", "box.png", "image/png", png()))));
        long id = id(receipt[0]);
        // Who finds the case: its department (handler), the county government (reads); not another
        // department, not the enterprise.
        assertThat(mvc.get()
                        .uri("/public-reports")
                        .header("Accept-Language", "en")
                        .with(as("t-pr-chem")))
                .hasStatusOk()
                .bodyText()
                .contains(receipt[0]);
        assertThat(mvc.get().uri("/public-reports/" + id).with(as("t-pr-chem"))).hasStatusOk();
        assertThat(mvc.get().uri("/public-reports/" + id).with(as("t-supervisor")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/public-reports/" + id).with(as("t-pr-trade")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/public-reports/" + id).with(as("t-pr-manager")))
                .hasStatus(404);
        // The enterprise's managers list only their employees' reports: not this one.
        assertThat(mvc.get().uri("/public-reports").with(as("t-pr-manager")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(receipt[0]);
        assertThat(mvc.get()
                        .uri("/public-reports")
                        .header("Accept-Language", "en")
                        .with(as("t-pr-trade")))
                .bodyText()
                .doesNotContain(receipt[0]);

        // The inspector raises a hazard from it: the case is decided with the hazard, in one step.
        String description = "核查属实：配电箱裸露";
        assertThat(raise(id, description)).hasStatus3xxRedirection();
        Map<String, Object> row = row(receipt[0]);
        assertThat(row.get("status")).isEqualTo("HAZARD_RAISED");
        Long hazard = jdbc.sql("select id from hazard where description = :d")
                .param("d", description)
                .query(Long.class)
                .single();
        assertThat(row.get("hazard_id")).isEqualTo(hazard);
        // The hazard names the page it came from, so its page asks the case only for such hazards.
        assertThat(jdbc.sql("select origin from hazard where id = :id")
                        .param("id", hazard)
                        .query(String.class)
                        .single())
                .isEqualTo("public-report:" + id);
        assertThat(jdbc.sql("select found_by_unit_id from hazard where id = :id")
                        .param("id", hazard)
                        .query(Long.class)
                        .single())
                .isEqualTo(scope.chemicalsDepartment);
        // The report's photo is the hazard's finding photo (the same file), and the hazard page
        // links back to the case for its handlers, not for the enterprise.
        assertThat(jdbc.sql("select count(*) from hazard_photo h join public_report_photo p on p.path = h.path"
                                + " where h.hazard_id = :h and p.report_id = :r and h.stage = 'BEFORE'")
                        .param("h", hazard)
                        .param("r", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(mvc.get()
                        .uri("/hazards/" + hazard)
                        .header("Accept-Language", "en")
                        .with(as("t-pr-chem")))
                .hasStatusOk()
                .bodyText()
                .contains("/public-reports/" + id, "Public report " + receipt[0]);
        assertThat(mvc.get().uri("/hazards/" + hazard).with(as("t-pr-manager")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("/public-reports/" + id, receipt[0]);
        // A second hazard from the decided case is refused, and not written.
        assertThat(raise(id, description + "（重复）"))
                .hasStatusOk()
                .bodyText()
                .contains("This report has been decided already.");
        assertThat(count("select count(*) from hazard where description = '" + description + "（重复）'"))
                .isZero();
        assertThat(status(receipt[0], receipt[1]))
                .bodyText()
                .contains("Verified: hazard raised", "a hazard was raised and the enterprise must rectify it");
    }

    MvcTestResult raise(long id, String description) {
        return mvc.post()
                .uri("/hazards")
                .multipart()
                .param("enterpriseId", scope.chemicalsInTown.toString())
                .param("location", "东门仓库")
                .param("description", description)
                .param("category", "UNSAFE_CONDITION")
                .param("grade", "GENERAL")
                .param("origin", "public-report:" + id)
                .header("Accept-Language", "en")
                .with(as("t-pr-chem"))
                .with(csrf())
                .exchange();
    }

    @Test
    void aDismissalTellsTheReporterWhyAndATransferMovesTheCase() {
        String[] dismissed = report("噪声扰民 " + UUID.randomUUID());
        long id = id(dismissed[0]);
        long version = ((Number) row(dismissed[0]).get("version")).longValue();
        assertThat(decide(id, "dismissal", "t-pr-chem", "version", String.valueOf(version), "reply", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Tell the reporter why");
        assertThat(row(dismissed[0]).get("status")).isEqualTo("RECEIVED");
        // Not a handler: refused.
        assertThat(decide(id, "dismissal", "t-supervisor", "version", String.valueOf(version), "reply", "否"))
                .hasStatus(403);
        assertThat(decide(
                        id,
                        "dismissal",
                        "t-pr-chem",
                        "version",
                        String.valueOf(version),
                        "reply",
                        "现场核查，噪声不属安全生产事项。",
                        "note",
                        "内部：已电话联系"))
                .hasStatus3xxRedirection();
        assertThat(status(dismissed[0], dismissed[1]))
                .bodyText()
                .contains("Not verified", "现场核查，噪声不属安全生产事项。")
                .doesNotContain("内部：已电话联系");
        // A stale page (the old version) is a conflict, not a second decision.
        assertThat(decide(id, "dismissal", "t-pr-chem", "version", String.valueOf(version), "reply", "again"))
                .hasStatus(409);

        String[] moved = report("仓库堆放杂物 " + UUID.randomUUID());
        long movedId = id(moved[0]);
        long movedVersion = ((Number) row(moved[0]).get("version")).longValue();
        assertThat(decide(
                        movedId,
                        "transfer",
                        "t-pr-chem",
                        "version",
                        String.valueOf(movedVersion),
                        "toUnitId",
                        scope.emergencyDepartment.toString(),
                        "reason",
                        "属一般消防事项，转应急局"))
                .hasStatus3xxRedirection();
        assertThat(row(moved[0]).get("handler_unit_id")).isEqualTo(scope.emergencyDepartment);
        assertThat(mvc.get().uri("/public-reports/" + movedId).with(as("t-pr-chem")))
                .hasStatus(404);
        assertThat(mvc.get().uri("/public-reports/" + movedId).with(as("t-pr-emergency")))
                .hasStatusOk();
    }

    MvcTestResult decide(long id, String step, String username, String... params) {
        var request = mvc.post()
                .uri("/public-reports/" + id + "/" + step)
                .header("Accept-Language", "en")
                .with(as(username))
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    @Test
    void theReportersIdentityIsForTheHandlersAndEveryReadIsAudited() {
        MvcTestResult sent = send(
                Map.of(
                        "description",
                        "实名举报 " + UUID.randomUUID(),
                        "anonymous",
                        "false",
                        "reporterName",
                        "张举报",
                        "reporterPhone",
                        "13800000000"),
                freshAddress());
        String[] receipt = receipt(body(sent));
        long id = id(receipt[0]);
        assertThat(mvc.get().uri("/public-reports/" + id).with(as("t-pr-chem")))
                .bodyText()
                .doesNotContain("张举报", "13800000000");
        assertThat(mvc.get().uri("/public-reports/" + id).with(as("t-supervisor")))
                .bodyText()
                .doesNotContain("张举报", "13800000000");
        assertThat(mvc.post()
                        .uri("/public-reports/" + id + "/identity")
                        .with(as("t-supervisor"))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/public-reports/" + id + "/identity")
                        .with(as("t-pr-chem"))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("张举报", "13800000000");
        assertThat(count("select count(*) from audit_record where action = 'READ' and object_type = 'PUBLIC_REPORT'"
                        + " and object_id = '" + id + "' and actor = 't-pr-chem'"))
                .isEqualTo(1);
        assertThat(status(receipt[0], receipt[1])).bodyText().doesNotContain("张举报", "13800000000");
        // A named report without a phone is refused, and nothing is written.
        String missing = "缺电话 " + UUID.randomUUID();
        assertThat(send(Map.of("description", missing, "anonymous", "false", "reporterName", "李四"), freshAddress()))
                .hasStatusOk()
                .bodyText()
                .contains("Give a phone number, or report anonymously.");
        assertThat(count("select count(*) from public_report where description = '" + missing + "'"))
                .isZero();
    }

    @Test
    void floodsRobotsAndSecondClicksAreTurnedAway() {
        String address = "10.9.9." + (ADDRESS.incrementAndGet() % 250 + 1);
        for (int i = 0; i < 5; i++) {
            assertThat(send(Map.of("description", "刷单 " + i + UUID.randomUUID(), "anonymous", "true"), address))
                    .bodyText()
                    .contains("case-number");
        }
        String sixth = "第六次 " + UUID.randomUUID();
        // Turned away before its photos are read, back to the form with what was written and why.
        assertThat(send(
                        Map.of("description", sixth, "anonymous", "true"),
                        address,
                        new MockMultipartFile("photos", "sixth.png", "image/png", png())))
                .hasStatusOk()
                .bodyText()
                .contains("Too many reports have come from your connection", sixth);
        assertThat(count("select count(*) from public_report_upload where file_name = 'sixth.png'"))
                .isZero();
        assertThat(count("select count(*) from public_report where description = '" + sixth + "'"))
                .isZero();
        // The hidden field a robot fills: nothing taken.
        String robot = "机器人 " + UUID.randomUUID();
        assertThat(send(Map.of("description", robot, "anonymous", "true", "website", "http://spam"), freshAddress()))
                .hasStatus3xxRedirection();
        assertThat(count("select count(*) from public_report where description = '" + robot + "'"))
                .isZero();
        // The same form sent twice is one report; the second answer names it without the code.
        String twice = "双击 " + UUID.randomUUID();
        String draft = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            MvcTestResult answer =
                    send(Map.of("description", twice, "anonymous", "true", "draftKey", draft), freshAddress());
            assertThat(answer).bodyText().contains("case-number");
        }
        assertThat(count("select count(*) from public_report where description = '" + twice + "'"))
                .isEqualTo(1);
        // Too long: refused with the field's message, nothing written.
        assertThat(send(Map.of("description", "长".repeat(2001), "anonymous", "true"), freshAddress()))
                .hasStatusOk()
                .bodyText()
                .contains("public-report-form");
        // An unknown enterprise: back to the search.
        assertThat(mvc.get().uri("/report?enterprise=987654321")).hasRedirectedUrl("/report");
    }

    @Test
    void anEmployeeReportsToTheEnterprisesOwnSafetyManagers() {
        String description = "员工报告：车间灭火器过期 " + UUID.randomUUID();
        String body =
                body(send(Map.of("description", description, "anonymous", "true", "staff", "true"), freshAddress()));
        String[] receipt = receipt(body);
        long id = id(receipt[0]);
        Map<String, Object> row = row(receipt[0]);
        assertThat(row.get("channel")).isEqualTo("STAFF");
        assertThat(row.get("handler_unit_id")).isEqualTo(scope.chemicalsInTown);
        // The enterprise's safety managers handle it; the department and the government do not see it.
        assertThat(mvc.get()
                        .uri("/public-reports")
                        .header("Accept-Language", "en")
                        .with(as("t-pr-manager")))
                .hasStatusOk()
                .bodyText()
                .contains(receipt[0]);
        assertThat(mvc.get().uri("/public-reports/" + id).with(as("t-pr-manager")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/public-reports/" + id).with(as("t-pr-chem"))).hasStatus(404);
        assertThat(mvc.get().uri("/public-reports/" + id).with(as("t-supervisor")))
                .hasStatus(404);
        // The manager raises it as the enterprise's own hazard.
        String hazard = "自查：灭火器过期 " + UUID.randomUUID();
        assertThat(mvc.post()
                        .uri("/hazards")
                        .multipart()
                        .param("enterpriseId", scope.chemicalsInTown.toString())
                        .param("location", "一号车间")
                        .param("description", hazard)
                        .param("category", "UNSAFE_CONDITION")
                        .param("grade", "GENERAL")
                        .param("origin", "public-report:" + id)
                        .with(as("t-pr-manager"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(row(receipt[0]).get("status")).isEqualTo("HAZARD_RAISED");
        assertThat(jdbc.sql("select self_found from hazard where description = :d")
                        .param("d", hazard)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void postersCarryTheQrCodesOfTheChannels() {
        assertThat(mvc.get()
                        .uri("/public-reports/posters/enterprise/" + scope.chemicalsInTown)
                        .header("Accept-Language", "en")
                        .with(as("t-pr-manager")))
                .hasStatusOk()
                .bodyText()
                .contains("测试东镇化工厂", "/report?enterprise=" + scope.chemicalsInTown, "12350", "<svg")
                .contains("Employees: scan to report");
        assertThat(mvc.get()
                        .uri("/public-reports/posters/enterprise/" + scope.chemicalsInTown)
                        .with(as("t-pr-trade")))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/public-reports/posters/region")
                        .header("Accept-Language", "en")
                        .with(as("t-pr-chem")))
                .hasStatusOk()
                .bodyText()
                .contains("/report?region=970101", "East County");
        assertThat(mvc.get().uri("/public-reports/posters/region").with(as("t-pr-manager")))
                .hasStatus(403);
        // The region's code narrows the public search to its enterprises.
        assertThat(mvc.get().uri("/report?region=970102&q=化工厂").header("Accept-Language", "en"))
                .bodyText()
                .contains("测试西区化工厂")
                .doesNotContain("测试东镇化工厂");
    }

    @Test
    void aReportThatFoundAMajorHazardIsRewardedOnceApprovedAndPaid() {
        String[] receipt = report("重大隐患举报 " + UUID.randomUUID());
        long id = id(receipt[0]);
        assertThat(mvc.post()
                        .uri("/hazards")
                        .multipart()
                        .param("enterpriseId", scope.chemicalsInTown.toString())
                        .param("location", "储罐区")
                        .param("description", "举报核实：储罐区可燃气体报警失效 " + id)
                        .param("category", "UNSAFE_CONDITION")
                        .param("grade", "MAJOR")
                        .param("legalBasis", "GB/T 50493-2019")
                        .param("origin", "public-report:" + id)
                        .with(as("t-pr-chem"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        // Proposed by the rule (a major hazard without a fine: the minimum).
        assertThat(decide(id, "reward", "t-pr-chem", "version", version(receipt), "fine", ""))
                .hasStatus3xxRedirection();
        assertThat(row(receipt[0]).get("reward_amount").toString()).isEqualTo("3000.00");
        assertThat(status(receipt[0], receipt[1])).bodyText().contains("A reward of 3,000.00 RMB is proposed");
        // Approved by a supervisor of the department only.
        assertThat(decide(id, "reward/decision", "t-pr-chem", "version", version(receipt), "approve", "true"))
                .hasStatus(403);
        assertThat(decide(id, "reward/decision", "t-pr-chem-sup", "version", version(receipt), "approve", "true"))
                .hasStatus3xxRedirection();
        assertThat(status(receipt[0], receipt[1]))
                .bodyText()
                .contains("A reward of 3,000.00 RMB is approved", "Bring your case number and follow-up code");
        // Paid, with the payment's reference.
        assertThat(decide(id, "reward/payment", "t-pr-chem", "version", version(receipt), "reference", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Give the payment");
        assertThat(decide(id, "reward/payment", "t-pr-chem", "version", version(receipt), "reference", "PZ-2026-001"))
                .hasStatus3xxRedirection();
        assertThat(row(receipt[0]).get("reward_status")).isEqualTo("PAID");
        assertThat(status(receipt[0], receipt[1])).bodyText().contains("A reward of 3,000.00 RMB has been paid");
        assertThat(count("select count(*) from public_report_event where report_id = " + id
                        + " and type like 'REWARD%'"))
                .isEqualTo(3);
    }

    @Test
    void aGeneralHazardIsRewardedOnlyForAFineByItsShare() {
        String[] receipt = report("一般隐患举报 " + UUID.randomUUID());
        long id = id(receipt[0]);
        assertThat(raise(id, "举报核实：一般隐患 " + id)).hasStatus3xxRedirection();
        assertThat(decide(id, "reward", "t-pr-chem", "version", version(receipt), "fine", ""))
                .hasStatusOk()
                .bodyText()
                .contains("a reward needs a fine");
        assertThat(row(receipt[0]).get("reward_status")).isNull();
        assertThat(decide(id, "reward", "t-pr-chem", "version", version(receipt), "fine", "50000"))
                .hasStatus3xxRedirection();
        Map<String, Object> row = row(receipt[0]);
        assertThat(row.get("reward_amount").toString()).isEqualTo("7500.00");
        assertThat(row.get("reward_basis")).isEqualTo("15% × 50000 = 7500 (3000–300000)");
        // Refused with its reason; it may be proposed again.
        assertThat(decide(id, "reward/decision", "t-pr-chem-sup", "version", version(receipt), "approve", "false"))
                .hasStatusOk()
                .bodyText()
                .contains("Say why the reward is refused.");
        assertThat(decide(
                        id,
                        "reward/decision",
                        "t-pr-chem-sup",
                        "version",
                        version(receipt),
                        "approve",
                        "false",
                        "rewardNote",
                        "罚款尚未生效"))
                .hasStatus3xxRedirection();
        assertThat(status(receipt[0], receipt[1])).bodyText().contains("No reward was granted");
    }

    String version(String[] receipt) {
        return row(receipt[0]).get("version").toString();
    }

    /**
     * A flood at once: 24 reports with photos from one address, and 60 from as many addresses about
     * one enterprise. The limits hold exactly (counted one at a time), nothing answers with an error,
     * and a refused report costs no photo decoding.
     */
    @Test
    void aFloodAtOnceIsHeldToTheLimits() throws Exception {
        FreshEnterprise target = FreshEnterprise.create(organizationSeeds, accounts, "举报洪水测试商场", TestAdmins.PASSWORD);
        String address = "10.8.8." + (ADDRESS.incrementAndGet() % 250 + 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                sent.add(pool.submit(() -> flood(target.id(), "同址洪水 " + n, address, true)));
            }
            for (int i = 0; i < 60; i++) {
                int n = i;
                sent.add(pool.submit(() -> flood(target.id(), "多址洪水 " + n, freshAddress(), false)));
            }
            for (Future<Integer> answer : sent) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isLessThan(500);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from public_report where enterprise_id = " + target.id()
                        + " and description like '同址洪水%'"))
                .isEqualTo(5);
        assertThat(count("select count(*) from public_report where enterprise_id = " + target.id()))
                .isEqualTo(50);
    }

    int flood(Long enterprise, String description, String address, boolean photo) {
        var request = mvc.post().uri("/report").multipart();
        if (photo) {
            request = request.file(new MockMultipartFile("photos", "flood.png", "image/png", png()));
        }
        return request.param("enterpriseId", enterprise.toString())
                .param("location", "洪水")
                .param("description", description + " " + UUID.randomUUID())
                .param("anonymous", "true")
                .param("draftKey", UUID.randomUUID().toString())
                .with(from(address))
                .with(csrf())
                .exchange()
                .getResponse()
                .getStatus();
    }

    @Test
    void theFiguresCountTheScopesReportsByOutcome() {
        FreshEnterprise shop = FreshEnterprise.create(organizationSeeds, accounts, "举报统计商场", TestAdmins.PASSWORD);
        for (String what : List.of("统计一", "统计二", "统计三")) {
            var request = mvc.post()
                    .uri("/report")
                    .multipart()
                    .param("enterpriseId", shop.id().toString())
                    .param("location", "一楼")
                    .param("description", what + UUID.randomUUID())
                    .param("anonymous", "true")
                    .param("draftKey", UUID.randomUUID().toString())
                    .with(from(freshAddress()))
                    .with(csrf());
            assertThat(request).hasStatusOk();
        }
        long year =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        String counted =
                "select count(*) from public_report p join enterprise_key k on k.enterprise_id = p.enterprise_id"
                        + " where k.region_code like '970101%' and extract(year from p.received_at at time zone 'Asia/Shanghai') = "
                        + year;
        long county = count(counted);
        assertThat(county).isGreaterThanOrEqualTo(3);
        assertThat(mvc.get()
                        .uri("/public-reports/figures")
                        .header("Accept-Language", "en")
                        .with(as("t-supervisor")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "id=\"figure-received\">" + county + "<",
                        "East Town",
                        "By industry",
                        "Test industry and trade");
        // The trade department counts its industries' enterprises only.
        long trade = count(counted + " and k.industries && array['T_COMMERCE', 'T_TRADE']");
        assertThat(mvc.get().uri("/public-reports/figures").with(as("t-pr-trade")))
                .bodyText()
                .contains("id=\"figure-received\">" + trade + "<");
        assertThat(mvc.get().uri("/public-reports/figures").with(as("t-pr-manager")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/public-reports/figures.xlsx").with(as("t-supervisor")))
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // The supervisor's dashboard has the line.
        assertThat(mvc.get().uri("/").header("Accept-Language", "en").with(as("t-supervisor")))
                .bodyText()
                .contains("Public reports this year: " + county);
    }
}
