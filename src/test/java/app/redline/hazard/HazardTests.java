package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** Each step of the closed loop through the web, as the person whose turn it is, and as others. */
@RedlineTest
class HazardTests {

    static final String PASSWORD = "Password2026";

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
    HazardRepository hazards;

    @Autowired
    JdbcClient jdbc;

    ScopeFixture fixture;
    RequestPostProcessor inspector;
    RequestPostProcessor manager;
    RequestPostProcessor mallManager;
    RequestPostProcessor tradeInspector;
    RequestPostProcessor emergencyInspector;

    @BeforeEach
    void users() {
        fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser("t-chem-inspector", "危化检查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser(
                "t-chem-manager", "化工厂安全员", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        accounts.ensureUser(
                "t-mall-manager", "商场安全员", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        accounts.ensureUser("t-trade-inspector", "工贸检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser("t-em-inspector", "应急检查员", fixture.emergencyDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        inspector = as("t-chem-inspector");
        manager = as("t-chem-manager");
        mallManager = as("t-mall-manager");
        tradeInspector = as("t-trade-inspector");
        emergencyInspector = as("t-em-inspector");
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    Hazard hazard(Long id) {
        return hazards.findById(id).orElseThrow();
    }

    long events(Long id) {
        return jdbc.sql("select count(*) from hazard_event where hazard_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real PNG with a page appended: a picture to an image viewer, a script to a browser sniffing it. */
    static byte[] polyglot() {
        byte[] image = png(8, 8);
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] both = Arrays.copyOf(image, image.length + page.length);
        System.arraycopy(page, 0, both, image.length, page.length);
        return both;
    }

    /** A PNG whose header promises more rows than its data holds (a photo cut short in transfer). */
    static byte[] truncated() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            byte[] whole = out.toByteArray();
            return Arrays.copyOf(whole, whole.length / 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    Long report(RequestPostProcessor who, Long enterprise, String grade, MockMultipartFile... photos) {
        var request = mvc.post()
                .uri("/hazards")
                .multipart()
                .param("enterpriseId", enterprise.toString())
                .param("location", "二号仓库东侧")
                .param("description", "灭火器压力不足")
                .param("category", "UNSAFE_CONDITION")
                .param("grade", grade)
                .param("legalBasis", "GB 50140-2005 第6.2.1条")
                .header("Accept-Language", "en")
                .with(who)
                .with(csrf());
        for (MockMultipartFile photo : photos) {
            request = request.file(photo);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus3xxRedirection();
        return Long.valueOf(result.getResponse().getRedirectedUrl().replace("/hazards/", ""));
    }

    MvcTestResult post(RequestPostProcessor who, Long id, String action, String... params) {
        var request = mvc.post()
                .uri("/hazards/{id}/" + action, id)
                .param("version", Long.toString(hazard(id).getVersion()))
                .header("Accept-Language", "en")
                .with(who)
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    MvcTestResult plan(RequestPostProcessor who, Long id, LocalDate deadline) {
        return post(who, id, "plan", "measures", "更换灭火器", "responsiblePerson", "张三", "deadline", deadline.toString());
    }

    @Test
    void theWholeLoopWithPhotosAndATimeline() throws IOException {
        Long id = report(
                inspector,
                fixture.chemicalsInTown,
                "GENERAL",
                new MockMultipartFile("photos", "before.png", "image/png", png()));
        assertThat(hazard(id).getState()).isEqualTo(HazardState.REPORTED);
        assertThat(hazard(id).isSelfFound()).isFalse();
        Long photo = jdbc.sql("select id from hazard_photo where hazard_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(mvc.get().uri("/hazards/{id}/photos/{p}/thumb", id, photo).with(manager))
                .hasStatusOk()
                .hasContentType("image/jpeg");
        assertThat(mvc.get().uri("/hazards/{id}/photos/{p}", id, photo).with(manager))
                .hasContentType("image/png");

        assertThat(mvc.get()
                        .uri("/hazards/{id}", id)
                        .header("Accept-Language", "en")
                        .with(manager))
                .bodyText()
                .contains("Assign the rectification plan")
                .doesNotContain("Accept and close");
        assertThat(plan(manager, id, Today.date().minusDays(1)))
                .hasStatusOk()
                .bodyText()
                .contains("The deadline cannot be in the past.");
        assertThat(hazard(id).getState()).isEqualTo(HazardState.REPORTED);
        assertThat(plan(manager, id, Today.date().plusDays(10))).hasRedirectedUrl("/hazards/" + id);
        assertThat(hazard(id).getState()).isEqualTo(HazardState.RECTIFYING);

        assertThat(mvc.post()
                        .uri("/hazards/{id}/evidence", id)
                        .multipart()
                        .file(new MockMultipartFile("photos", "after.png", "image/png", png()))
                        .param("version", Long.toString(hazard(id).getVersion()))
                        .param("evidence", "已更换两具灭火器")
                        .with(manager)
                        .with(csrf()))
                .hasRedirectedUrl("/hazards/" + id);
        assertThat(hazard(id).getState()).isEqualTo(HazardState.PENDING_ACCEPTANCE);

        // The enterprise may not accept its own rectification of a department's finding.
        assertThat(post(manager, id, "accept")).hasStatus(403);
        assertThat(hazard(id).getState()).isEqualTo(HazardState.PENDING_ACCEPTANCE);
        assertThat(post(inspector, id, "reject", "reason", "照片不清楚")).hasRedirectedUrl("/hazards/" + id);
        assertThat(hazard(id).getState()).isEqualTo(HazardState.RECTIFYING);
        assertThat(hazard(id).getRejections()).isEqualTo(1);
        post(manager, id, "evidence", "evidence", "已更换，附清晰照片");
        assertThat(post(inspector, id, "accept", "comment", "复查合格")).hasRedirectedUrl("/hazards/" + id);
        assertThat(hazard(id).getState()).isEqualTo(HazardState.CLOSED);

        assertThat(events(id)).isEqualTo(6);
        assertThat(mvc.get()
                        .uri("/hazards/{id}", id)
                        .header("Accept-Language", "en")
                        .with(manager))
                .bodyText()
                .contains("Closed", "Plan assigned", "Evidence submitted", "Rejected", "照片不清楚", "Accepted", "复查合格");
        assertThatThrownBy(() -> jdbc.sql("update hazard_event set comment = 'x' where hazard_id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void anotherEnterprisesHazardIsNotFoundAnywhere() throws IOException {
        Long id = report(
                inspector,
                fixture.chemicalsInTown,
                "GENERAL",
                new MockMultipartFile("photos", "before.png", "image/png", png()));
        Long photo = jdbc.sql("select id from hazard_photo where hazard_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        long version = hazard(id).getVersion();
        assertThat(mvc.get()
                        .uri("/hazards/{id}", id)
                        .header("Accept-Language", "en")
                        .with(mallManager))
                .hasStatus(404);
        assertThat(mvc.get().uri("/hazards/{id}/photos/{p}", id, photo).with(mallManager))
                .hasStatus(404);
        assertThat(mvc.get().uri("/hazards/{id}/photos/{p}/thumb", id, photo).with(tradeInspector))
                .hasStatus(404);
        assertThat(plan(mallManager, id, Today.date().plusDays(3))).hasStatus(404);
        assertThat(post(tradeInspector, id, "accept")).hasStatus(404);
        for (String action : List.of("plan", "evidence", "reject", "extensions", "extensions/decision")) {
            assertThat(post(mallManager, id, action, "reason", "x", "approve", "true"))
                    .hasStatus(404);
            assertThat(post(tradeInspector, id, action, "reason", "x", "approve", "true"))
                    .hasStatus(404);
        }
        assertThat(mvc.get().uri("/hazards?q=灭火器压力不足").with(mallManager))
                .bodyText()
                .doesNotContain("/hazards/" + id + "\"");
        assertThat(mvc.get().uri("/hazards?q=灭火器压力不足").with(manager)).bodyText().contains("/hazards/" + id + "\"");
        assertThat(mvc.get()
                        .uri("/hazards/new?enterprise=" + fixture.chemicalsInTown)
                        .with(mallManager))
                .hasStatus(404);
        assertThat(hazard(id).getVersion()).isEqualTo(version);
        assertThat(hazard(id).getState()).isEqualTo(HazardState.REPORTED);
        assertThat(events(id)).isEqualTo(1);
    }

    @Test
    void whoAcceptsDependsOnWhoFoundItAndItsGrade() {
        // Found by the enterprise itself, general: its own manager accepts.
        Long general = report(manager, fixture.chemicalsInTown, "GENERAL");
        assertThat(hazard(general).isSelfFound()).isTrue();
        plan(manager, general, Today.date().plusDays(5));
        post(manager, general, "evidence", "evidence", "已整改");
        assertThat(post(inspector, general, "accept")).hasStatus(403);
        assertThat(post(manager, general, "accept")).hasRedirectedUrl("/hazards/" + general);
        assertThat(hazard(general).getState()).isEqualTo(HazardState.CLOSED);

        // Found by the enterprise itself, major: a supervising department accepts, not the enterprise.
        Long major = report(manager, fixture.chemicalsInTown, "MAJOR");
        assertThat(plan(manager, major, Today.date().plusDays(30)))
                .hasStatusOk()
                .bodyText()
                .contains("Fill this in.");
        assertThat(hazard(major).getState()).isEqualTo(HazardState.REPORTED);
        assertThat(post(
                        manager,
                        major,
                        "plan",
                        "measures",
                        "停用储罐",
                        "responsiblePerson",
                        "李四",
                        "deadline",
                        Today.date().plusDays(30).toString(),
                        "funds",
                        "20万元",
                        "interimMeasures",
                        "设置警戒区",
                        "emergencyPlan",
                        "泄漏专项预案"))
                .hasRedirectedUrl("/hazards/" + major);
        post(manager, major, "evidence", "evidence", "已更换储罐");
        assertThat(post(manager, major, "accept")).hasStatus(403);
        // Its treatment is evaluated first (MajorClosingTests has the rest of that).
        assertThat(post(
                        manager,
                        major,
                        "closing/evaluation",
                        "evaluatorKind",
                        "EXPERTS",
                        "evaluator",
                        "厂内专家组",
                        "evaluatedOn",
                        Today.date().toString(),
                        "conclusion",
                        "隐患已消除"))
                .hasRedirectedUrl("/hazards/" + major);
        assertThat(mvc.get()
                        .uri("/hazards/{id}", major)
                        .header("Accept-Language", "en")
                        .with(emergencyInspector))
                .bodyText()
                .contains("Accept and close");
        assertThat(post(emergencyInspector, major, "accept")).hasRedirectedUrl("/hazards/" + major);
        assertThat(hazard(major).getState()).isEqualTo(HazardState.CLOSED);
    }

    /**
     * A refused step of the loop shows the page again with what the user typed, the refusal next to
     * its field, and changes nothing.
     */
    @Test
    void aRefusedStepComesBackWithWhatTheUserTyped() {
        Long id = report(inspector, fixture.chemicalsInTown, "GENERAL");
        LocalDate deadline = Today.date().plusDays(5);
        plan(manager, id, deadline);
        long version = hazard(id).getVersion();

        // An extension to a date before the deadline: the reason typed stays, the date is marked.
        MvcTestResult early = post(
                manager, id, "extensions", "newDeadline", deadline.minusDays(1).toString(), "reason", "配件未到，需再等");
        assertThat(early)
                .hasStatusOk()
                .model()
                .extractingBindingResult("extension")
                .hasFieldErrorCode("newDeadline", "hazard.extension.deadline");
        assertThat(early).bodyText().contains("配件未到，需再等").contains("is-invalid");

        // Evidence longer than the column: refused as too long, every character of it kept.
        String tooLong = "已更换灭火器。".repeat(300);
        MvcTestResult evidence = post(manager, id, "evidence", "evidence", tooLong);
        assertThat(evidence)
                .hasStatusOk()
                .model()
                .extractingBindingResult("evidence")
                .hasFieldErrorCode("evidence", "Size");
        assertThat(evidence).bodyText().contains(tooLong);

        // Evidence left empty: required.
        assertThat(post(manager, id, "evidence", "evidence", " "))
                .model()
                .extractingBindingResult("evidence")
                .hasFieldErrorCode("evidence", "hazard.field.required");
        assertThat(hazard(id).getVersion()).isEqualTo(version);
        assertThat(hazard(id).getState()).isEqualTo(HazardState.RECTIFYING);
    }

    @Test
    void anExtensionChangesTheDeadlineOnlyWhenApproved() throws Exception {
        Long id = report(inspector, fixture.chemicalsInTown, "GENERAL");
        LocalDate deadline = Today.date().plusDays(5);
        plan(manager, id, deadline);
        assertThat(post(
                        manager,
                        id,
                        "extensions",
                        "newDeadline",
                        deadline.plusDays(10).toString(),
                        "reason",
                        "配件未到"))
                .hasRedirectedUrl("/hazards/" + id);
        assertThat(post(
                        manager,
                        id,
                        "extensions",
                        "newDeadline",
                        deadline.plusDays(20).toString(),
                        "reason",
                        "再延"))
                .model()
                .containsEntry("problem", "hazard.extension.alreadyPending");
        assertThat(hazard(id).getDeadline()).isEqualTo(deadline);
        String page = mvc.get()
                .uri("/hazards/{id}", id)
                .header("Accept-Language", "en")
                .with(inspector)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.split("From " + deadline + " to " + deadline.plusDays(10), -1))
                .as("the pending request shows once, in one date format")
                .hasSize(2);
        assertThat(post(manager, id, "extensions/decision", "approve", "true")).hasStatus(403);
        assertThat(post(inspector, id, "extensions/decision", "approve", "false", "comment", "期限够用"))
                .hasRedirectedUrl("/hazards/" + id);
        assertThat(hazard(id).getDeadline()).isEqualTo(deadline);
        post(manager, id, "extensions", "newDeadline", deadline.plusDays(7).toString(), "reason", "施工单位延误");
        assertThat(post(inspector, id, "extensions/decision", "approve", "true"))
                .hasRedirectedUrl("/hazards/" + id);
        assertThat(hazard(id).getDeadline()).isEqualTo(deadline.plusDays(7));
        assertThat(hazard(id).getState()).isEqualTo(HazardState.RECTIFYING);
        assertThat(jdbc.sql("select string_agg(status, ',' order by id) from hazard_extension where hazard_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("REFUSED,APPROVED");
    }

    @Test
    void anEnterpriseNeverDecidesItsOwnExtensionEvenOfAHazardItFoundItself() {
        Long id = report(manager, fixture.chemicalsInTown, "GENERAL");
        LocalDate deadline = Today.date().plusDays(5);
        plan(manager, id, deadline);
        post(manager, id, "extensions", "newDeadline", deadline.plusDays(30).toString(), "reason", "资金未到位");
        assertThat(post(manager, id, "extensions/decision", "approve", "true")).hasStatus(403);
        assertThat(hazard(id).getDeadline()).isEqualTo(deadline);
        assertThat(mvc.get().uri("/hazards/{id}", id).with(manager)).bodyText().doesNotContain("extensions/decision");
        assertThat(mvc.get().uri("/hazards?mine=true").with(inspector))
                .bodyText()
                .contains("/hazards/" + id + "\"");
        assertThat(post(inspector, id, "extensions/decision", "approve", "true"))
                .hasRedirectedUrl("/hazards/" + id);
        assertThat(hazard(id).getDeadline()).isEqualTo(deadline.plusDays(30));
    }

    @Test
    void twoAcceptsAtOnceOneWins() throws Exception {
        Long id = report(inspector, fixture.chemicalsInTown, "GENERAL");
        plan(manager, id, Today.date().plusDays(5));
        post(manager, id, "evidence", "evidence", "已整改");
        long version = hazard(id).getVersion();
        Callable<Integer> accept = () -> mvc.post()
                .uri("/hazards/{id}/accept", id)
                .param("version", Long.toString(version))
                .with(inspector)
                .with(csrf())
                .exchange()
                .getResponse()
                .getStatus();
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(accept, accept));
            List<Integer> statuses =
                    List.of(results.get(0).get(), results.get(1).get());
            assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(hazard(id).getState()).isEqualTo(HazardState.CLOSED);
        assertThat(jdbc.sql("select count(*) from hazard_event where hazard_id = :id and type = 'ACCEPTED'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRenamedOversizedHugePolyglotOrPathNamedPhotoIsRefusedAndNothingIsStored() throws IOException {
        long before = hazards.count();
        long photos =
                jdbc.sql("select count(*) from hazard_photo").query(Long.class).single();
        for (MockMultipartFile bad : List.of(
                new MockMultipartFile(
                        "photos", "photo.jpg", "image/jpeg", "not an image".getBytes(StandardCharsets.UTF_8)),
                new MockMultipartFile("photos", "big.png", "image/png", new byte[(int) PhotoStore.MAX_BYTES + 1]),
                new MockMultipartFile("photos", "wide.png", "image/png", png(20_000, 1)),
                new MockMultipartFile("photos", "polyglot.png", "image/png", polyglot()),
                new MockMultipartFile("photos", "../../etc/cron.d/photo.png", "image/png", png()),
                new MockMultipartFile("photos", "cut-short.png", "image/png", truncated()))) {
            assertThat(mvc.post()
                            .uri("/hazards")
                            .multipart()
                            .file(bad)
                            .param("enterpriseId", fixture.chemicalsInTown.toString())
                            .param("location", "库房")
                            .param("description", "坏照片")
                            .param("category", "UNSAFE_CONDITION")
                            .param("grade", "GENERAL")
                            .header("Accept-Language", "en")
                            .with(inspector)
                            .with(csrf()))
                    .hasStatusOk()
                    .bodyText()
                    .containsAnyOf(
                            "is not a JPEG, PNG or WebP image",
                            "larger than 10 MB",
                            "has too many pixels",
                            "contains a path",
                            "“cut-short.png” cannot be read as an image");
        }
        assertThat(hazards.count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from hazard_photo")
                        .query(Long.class)
                        .single())
                .isEqualTo(photos);
    }

    @Test
    void aDepartmentOfAnotherIndustryMayNotReportOrSeeAndTheLedgerFilters() {
        assertThat(mvc.get()
                        .uri("/hazards/new?enterprise=" + fixture.chemicalsInTown)
                        .with(tradeInspector))
                .hasStatus(404);
        Long id = report(inspector, fixture.chemicalsInTown, "MAJOR");
        assertThat(mvc.get()
                        .uri("/hazards?grade=MAJOR&state=REPORTED&industry=T_CHEMICALS&region=970101")
                        .with(inspector))
                .hasStatusOk()
                .bodyText()
                .contains("/hazards/" + id + "\"");
        assertThat(mvc.get().uri("/hazards?grade=GENERAL").with(inspector))
                .bodyText()
                .doesNotContain("/hazards/" + id + "\"");
        assertThat(mvc.get().uri("/hazards?region=970102").with(emergencyInspector))
                .bodyText()
                .doesNotContain("/hazards/" + id + "\"");
        assertThat(mvc.get().uri("/hazards?overdue=true&sort=overdue").with(inspector))
                .hasStatusOk();
        // A value that does not read (an old bookmark): left out with a notice, the other filters
        // applied; an export with it is refused rather than larger than asked.
        assertThat(mvc.get()
                        .uri("/hazards?state=PURPLE&grade=MAJOR&industry=T_CHEMICALS")
                        .header("Accept-Language", "en")
                        .with(inspector))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"filters-left-out\"", "could not be read and were left out")
                .contains("/hazards/" + id + "\"");
        assertThat(mvc.get().uri("/hazards?grade=PURPLE&industry=T_CHEMICALS").with(inspector))
                .bodyText()
                .contains("此页地址中有筛选条件无法识别");
        assertThat(mvc.get().uri("/hazards?grade=MAJOR").with(inspector))
                .bodyText()
                .doesNotContain("filters-left-out");
        assertThat(mvc.get().uri("/hazards/export.csv?state=PURPLE").with(inspector))
                .hasStatus(400);
        assertThat(mvc.get().uri("/overdue?grade=PURPLE").with(inspector))
                .hasStatusOk()
                .bodyText()
                .contains("filters-left-out");
        assertThat(mvc.get().uri("/overdue/export.csv?grade=PURPLE").with(inspector))
                .hasStatus(400);
        // A region filter is written into the SQL only as digits; any other text is no region.
        for (String hostile : new String[] {"9701' or '1'='1", "97%", "9701_1"}) {
            assertThat(mvc.get().uri("/hazards?region={r}", hostile).with(inspector))
                    .hasStatusOk()
                    .bodyText()
                    .doesNotContain("/hazards/" + id + "\"");
        }
        assertThat(mvc.get().uri("/overdue?region={r}", "9701' or '1'='1").with(inspector))
                .hasStatusOk();
    }
}
