package app.redline.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.hazard.Hazard;
import app.redline.hazard.HazardCategory;
import app.redline.hazard.HazardState;
import app.redline.inspection.ChecklistTemplate.Item;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import app.redline.standard.StandardSeeds;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
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
 * The department orders the deadline and re-inspects (责令限期整改, 复查): the notice's date becomes
 * each hazard's deadline and binds the enterprise's plan; the issuing unit re-inspects, closing what
 * is rectified and sending the rest back under a new date, on a numbered opinion; due re-inspections
 * are the inspector's work, late ones show in the overdue review.
 */
@RedlineTest
class ReinspectionTests {

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
    StandardSeeds standardSeeds;

    @Autowired
    TemplateAdministration templates;

    @Autowired
    ChecklistTemplateRepository templateRepository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    InspectionRepository inspections;

    @Autowired
    JdbcClient jdbc;

    ScopeFixture fixture;
    RequestPostProcessor inspector;
    RequestPostProcessor colleague;
    RequestPostProcessor manager;
    RequestPostProcessor tradeInspector;
    RequestPostProcessor supervisor;
    ChecklistTemplate template;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void setUp() {
        fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser("t-re-inspector", "复查检查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser("t-re-colleague", "同科室检查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser(
                "t-re-manager", "化工厂安全员", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        accounts.ensureUser("t-re-trade", "工贸检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser("t-re-gov", "县政府督查", fixture.countyGovernment, Set.of(Role.SUPERVISOR), PASSWORD);
        inspector = user(userDetails.loadUserByUsername("t-re-inspector"));
        colleague = user(userDetails.loadUserByUsername("t-re-colleague"));
        manager = user(userDetails.loadUserByUsername("t-re-manager"));
        tradeInspector = user(userDetails.loadUserByUsername("t-re-trade"));
        supervisor = user(userDetails.loadUserByUsername("t-re-gov"));
        String name = "复查测试检查表" + System.nanoTime();
        templates.ensure(
                name,
                Set.of("T_CHEMICALS"),
                List.of(new Item("储罐区防火堤完好", "GB 50351", false), new Item("可燃气体报警器有效", "GB/T 50493", false)));
        template = templateRepository.findByCurrentTrueOrderByNameAsc().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .map(t -> templates.load(t.getId()))
                .orElseThrow();
    }

    /** A completed inspection of the chemical plant whose two items failed: two hazards. */
    Long inspectedWithTwoFindings() {
        MvcTestResult started = mvc.post()
                .uri("/inspections")
                .param("enterpriseId", fixture.chemicalsInTown.toString())
                .param("inspectedOn", today.toString())
                .param("type", "ROUTINE")
                .param("templateId", template.getId().toString())
                .param("inspectors", "王检查")
                .with(inspector)
                .with(csrf())
                .exchange();
        Long id = Long.valueOf(started.getResponse().getRedirectedUrl().replace("/inspections/", ""));
        List<Long> items =
                template.getItems().stream().map(ChecklistItem::getId).toList();
        mvc.post()
                .uri("/inspections/{id}", id)
                .param(
                        "version",
                        Long.toString(inspections.findById(id).orElseThrow().getVersion()))
                .param("outcome_" + items.get(0), "FAIL")
                .param("note_" + items.get(0), "防火堤东侧破损")
                .param("location_" + items.get(0), "储罐区东侧")
                .param("category_" + items.get(0), "ENVIRONMENT")
                .param("outcome_" + items.get(1), "FAIL")
                .param("note_" + items.get(1), "报警器过期未检定")
                .param("complete", "true")
                .with(inspector)
                .with(csrf())
                .exchange();
        return id;
    }

    List<Hazard> found(Long inspectionId) {
        return jdbc
                .sql("select id from hazard where inspection_id = :id order by id")
                .param("id", inspectionId)
                .query(Long.class)
                .list()
                .stream()
                .map(this::hazard)
                .toList();
    }

    MvcTestResult issue(Long inspectionId, LocalDate deadline, LocalDate reinspection, String... perHazard) {
        var request = mvc.post()
                .uri("/inspections/{id}/notice", inspectionId)
                .param("requirements", "限期整改")
                .param("deadline", deadline.toString())
                .param("reinspection", reinspection.toString())
                .header("Accept-Language", "zh-CN")
                .with(inspector)
                .with(csrf());
        for (int i = 0; i < perHazard.length; i += 2) {
            request = request.param(perHazard[i], perHazard[i + 1]);
        }
        return request.exchange();
    }

    MvcTestResult plan(Long hazardId, String deadline) {
        return mvc.post()
                .uri("/hazards/{id}/plan", hazardId)
                .param("version", Long.toString(hazard(hazardId).getVersion()))
                .param("measures", "修复")
                .param("responsiblePerson", "张三")
                .param("deadline", deadline)
                .header("Accept-Language", "en")
                .with(manager)
                .with(csrf())
                .exchange();
    }

    Hazard hazard(Long id) {
        return entityManager.find(Hazard.class, id);
    }

    @Test
    void theNoticeOrdersEachHazardsDeadlineAndThePlanMayNotGoPastIt() {
        Long inspection = inspectedWithTwoFindings();
        List<Hazard> two = found(inspection);
        LocalDate deadline = today.plusDays(15);
        LocalDate own = today.plusDays(7);
        assertThat(issue(
                        inspection,
                        deadline,
                        today.plusDays(20),
                        "deadline_" + two.get(1).getId(),
                        own.toString()))
                .hasStatus3xxRedirection();
        Hazard first = hazard(two.get(0).getId());
        Hazard second = hazard(two.get(1).getId());
        // A hazard raised from a failed item reads as the finding; the item is what it fails.
        assertThat(first.getDescription()).isEqualTo("防火堤东侧破损");
        assertThat(first.getLocation()).isEqualTo("储罐区东侧");
        assertThat(first.getCategory()).isEqualTo(HazardCategory.ENVIRONMENT);
        assertThat(first.getChecklistItem()).isEqualTo("储罐区防火堤完好");
        assertThat(first.getLegalBasis()).isEqualTo("GB 50351");
        assertThat(second.getDescription()).isEqualTo("报警器过期未检定");
        assertThat(second.getCategory()).isEqualTo(HazardCategory.UNSAFE_CONDITION);
        assertThat(first.getDeadline()).isEqualTo(deadline);
        assertThat(first.getOrderedDeadline()).isEqualTo(deadline);
        assertThat(second.getDeadline()).isEqualTo(own);
        assertThat(first.getNoticeId()).isNotNull();
        // The notice prints each hazard's date, in Chinese dates.
        assertThat(mvc.get()
                        .uri("/inspections/{id}/notice", inspection)
                        .header("Accept-Language", "zh-CN")
                        .with(manager))
                .bodyText()
                .contains(
                        deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日",
                        own.getYear() + "年" + own.getMonthValue() + "月" + own.getDayOfMonth() + "日",
                        "请按上表所列期限整改完毕");

        // The plan may not go past the ordered date; an earlier one, or none (the ordered one), is fine.
        assertThat(plan(first.getId(), deadline.plusDays(30).toString()))
                .hasStatusOk()
                .bodyText()
                .contains("The rectification notice orders this hazard rectified by " + deadline);
        assertThat(hazard(first.getId()).getState()).isEqualTo(HazardState.REPORTED);
        assertThat(plan(first.getId(), "")).hasStatus3xxRedirection();
        assertThat(hazard(first.getId()).getDeadline()).isEqualTo(deadline);
        assertThat(plan(second.getId(), own.minusDays(2).toString())).hasStatus3xxRedirection();
        assertThat(hazard(second.getId()).getDeadline()).isEqualTo(own.minusDays(2));
        assertThat(jdbc.sql("select count(*) from hazard_event where hazard_id = :id and type = 'DEADLINE_ORDERED'")
                        .param("id", first.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // Only an approved extension moves it.
        mvc.post()
                .uri("/hazards/{id}/extensions", first.getId())
                .param("version", Long.toString(hazard(first.getId()).getVersion()))
                .param("newDeadline", deadline.plusDays(10).toString())
                .param("reason", "设备到货延迟")
                .with(manager)
                .with(csrf())
                .exchange();
        mvc.post()
                .uri("/hazards/{id}/extensions/decision", first.getId())
                .param("version", Long.toString(hazard(first.getId()).getVersion()))
                .param("approve", "true")
                .with(inspector)
                .with(csrf())
                .exchange();
        assertThat(hazard(first.getId()).getDeadline()).isEqualTo(deadline.plusDays(10));
        assertThat(hazard(first.getId()).getOrderedDeadline()).isEqualTo(deadline.plusDays(10));
    }

    @Test
    void theIssuingUnitReinspectsClosesWhatIsRectifiedAndSendsTheRestBack() throws Exception {
        Long inspection = inspectedWithTwoFindings();
        List<Hazard> two = found(inspection);
        Long a = two.get(0).getId();
        Long b = two.get(1).getId();
        issue(inspection, today, today.plusDays(1));
        assertThat(mvc.get()
                        .uri("/inspections/{id}/notice", inspection)
                        .header("Accept-Language", "zh-CN")
                        .with(manager))
                .bodyText()
                .contains(
                        "请于" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日前整改完毕");
        // Due within three days: the inspector's work, and his colleague's (same unit).
        assertThat(mvc.get().uri("/").header("Accept-Language", "en").with(inspector))
                .bodyText()
                .contains("/inspections/" + inspection + "/reinspections/new");
        assertThat(mvc.get().uri("/").header("Accept-Language", "en").with(colleague))
                .bodyText()
                .contains("/inspections/" + inspection + "/reinspections/new");

        // Who may not: the enterprise (403), another department (404), the government (403).
        assertThat(mvc.get()
                        .uri("/inspections/{id}/reinspections/new", inspection)
                        .with(manager))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/inspections/{id}/reinspections/new", inspection)
                        .with(tradeInspector))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/inspections/{id}/reinspections/new", inspection)
                        .with(supervisor))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/inspections/{id}/reinspections/new", inspection)
                        .with(inspector))
                .hasStatusOk();

        // Incomplete: every problem at once, what was typed kept, nothing changed.
        assertThat(mvc.post()
                        .uri("/inspections/{id}/reinspections", inspection)
                        .multipart()
                        .param("reinspectedOn", today.toString())
                        .param("inspectors", "王检查")
                        .param("result_" + a, "RECTIFIED")
                        .param("result_" + b, "NOT_RECTIFIED")
                        .param("opinion", "复查意见草稿")
                        .header("Accept-Language", "en")
                        .with(inspector)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Say what is still not rectified.",
                        "Give the date by which the hazards not rectified must be rectified",
                        "Give the next re-inspection date",
                        "复查意见草稿");
        assertThat(hazard(a).getState()).isEqualTo(HazardState.REPORTED);
        assertThat(jdbc.sql("select count(*) from reinspection r join rectification_notice n on n.id = r.notice_id"
                                + " where n.inspection_id = :id")
                        .param("id", inspection)
                        .query(Long.class)
                        .single())
                .isZero();

        LocalDate newDeadline = today.plusDays(5);
        MvcTestResult recorded = mvc.post()
                .uri("/inspections/{id}/reinspections", inspection)
                .multipart()
                .file(new MockMultipartFile("photo_" + b, "still-broken.png", "image/png", pngBytes()))
                .param("reinspectedOn", today.toString())
                .param("inspectors", "王检查、李检查")
                .param("result_" + a, "RECTIFIED")
                .param("result_" + b, "NOT_RECTIFIED")
                .param("note_" + b, "报警器仍未检定")
                .param("newDeadline", newDeadline.toString())
                .param("nextReinspection", today.plusDays(6).toString())
                .header("Accept-Language", "zh-CN")
                .with(inspector)
                .with(csrf())
                .exchange();
        assertThat(recorded).hasStatus3xxRedirection();
        assertThat(hazard(a).getState()).isEqualTo(HazardState.CLOSED);
        assertThat(hazard(b).getState()).isEqualTo(HazardState.REPORTED);
        assertThat(hazard(b).getDeadline()).isEqualTo(newDeadline);
        assertThat(jdbc.sql("select count(*) from hazard_photo where hazard_id = :id and stage = 'RECHECK'")
                        .param("id", b)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String document = recorded.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(document).header("Accept-Language", "zh-CN").with(manager))
                .hasStatusOk()
                .bodyText()
                .contains("整改复查意见书", "复查〔" + today.getYear() + "〕", "已整改", "未整改", "报警器仍未检定")
                .contains("请于" + newDeadline.getYear() + "年" + newDeadline.getMonthValue() + "月"
                        + newDeadline.getDayOfMonth() + "日前继续整改");
        assertThat(jdbc.sql("select reinspection_due from rectification_notice where inspection_id = :id")
                        .param("id", inspection)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today.plusDays(6));

        // Late: the government's overdue review lists it.
        jdbc.sql("update rectification_notice set reinspection_due = :d where inspection_id = :id")
                .param("d", today.minusDays(2))
                .param("id", inspection)
                .update();
        assertThat(mvc.get().uri("/overdue").header("Accept-Language", "en").with(supervisor))
                .bodyText()
                .contains("Re-inspections past their date", "/inspections/" + inspection + "/notice", "2 days late");

        // The second re-inspection finds the rest rectified: nothing more is due.
        assertThat(mvc.post()
                        .uri("/inspections/{id}/reinspections", inspection)
                        .multipart()
                        .param("reinspectedOn", today.toString())
                        .param("inspectors", "王检查")
                        .param("result_" + b, "RECTIFIED")
                        .with(colleague)
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(hazard(b).getState()).isEqualTo(HazardState.CLOSED);
        assertThat(jdbc.sql("select reinspection_due from rectification_notice where inspection_id = :id")
                        .param("id", inspection)
                        .query(LocalDate.class)
                        .optional())
                .isEmpty();
        assertThat(mvc.get()
                        .uri("/inspections/{id}/reinspections/new", inspection)
                        .with(inspector))
                .hasRedirectedUrl("/inspections/" + inspection + "/notice")
                .flash()
                .containsEntry("problem", "reinspection.nothingOpen");
    }

    @Test
    void aMajorHazardFoundRectifiedGoesToItsClosingStepsNotStraightToClosed() {
        standardSeeds.ensure(
                "T-复查标准",
                2025,
                "复查测试判定标准",
                Set.of("T_CHEMICALS"),
                List.of(new StandardSeeds.Clause("第一条", "储罐区防火堤缺失的")));
        Long clause = standardSeeds.clauseId("T-复查标准", 2025, "第一条");
        String name = "复查重大测试检查表" + System.nanoTime();
        templates.ensure(
                name,
                Set.of("T_CHEMICALS"),
                List.of(new Item("储罐区防火堤完好", "GB 50351", true, clause), new Item("可燃气体报警器有效", "GB/T 50493", false)));
        template = templateRepository.findByCurrentTrueOrderByNameAsc().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .map(t -> templates.load(t.getId()))
                .orElseThrow();
        Long inspection = inspectedWithTwoFindings();
        List<Hazard> two = found(inspection);
        Long major = two.get(0).getId();
        Long general = two.get(1).getId();
        // The failed major item's clause is the hazard's judgement basis.
        assertThat(jdbc.sql("select grade || ' ' || judgement_clause_id from hazard where id = :id")
                        .param("id", major)
                        .query(String.class)
                        .single())
                .isEqualTo("MAJOR " + clause);
        issue(inspection, today, today.plusDays(1));
        assertThat(mvc.post()
                        .uri("/inspections/{id}/reinspections", inspection)
                        .multipart()
                        .param("reinspectedOn", today.toString())
                        .param("inspectors", "王检查")
                        .param("result_" + major, "RECTIFIED")
                        .param("result_" + general, "RECTIFIED")
                        .with(inspector)
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(hazard(general).getState()).isEqualTo(HazardState.CLOSED);
        // The major one waits for its evaluation, the enterprise's turn, and is told so.
        assertThat(jdbc.sql("select state || ' ' || closing_step from hazard where id = :id")
                        .param("id", major)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING_ACCEPTANCE EVALUATION");
        assertThat(jdbc.sql("select count(*) from notification n join app_user u on u.id = n.recipient_id"
                                + " where n.hazard_id = :id and n.type = 'REINSPECTED' and u.username = 't-re-manager'")
                        .param("id", major)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    static byte[] pngBytes() {
        try {
            var out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
