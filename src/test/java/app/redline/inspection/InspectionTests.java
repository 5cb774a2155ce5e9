package app.redline.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.inspection.ChecklistTemplate.Item;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
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

@RedlineTest
class InspectionTests {

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
    TemplateAdministration templates;

    @Autowired
    ChecklistTemplateRepository templateRepository;

    @Autowired
    InspectionRepository inspections;

    @Autowired
    JdbcClient jdbc;

    ScopeFixture fixture;
    RequestPostProcessor inspector;
    RequestPostProcessor manager;
    RequestPostProcessor mallManager;
    ChecklistTemplate template;

    @BeforeEach
    void setUp() {
        fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
        accounts.ensureUser("t-chem-inspector", "危化检查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser(
                "t-chem-manager", "化工厂安全员", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        accounts.ensureUser(
                "t-mall-manager", "商场安全员", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        inspector = user(userDetails.loadUserByUsername("t-chem-inspector"));
        manager = user(userDetails.loadUserByUsername("t-chem-manager"));
        mallManager = user(userDetails.loadUserByUsername("t-mall-manager"));
        String name = "测试危化检查表" + System.nanoTime();
        templates.ensure(
                name,
                Set.of("T_CHEMICALS"),
                List.of(new Item("禁忌物料未混存", "GB 15603-2022 第5.2条", true), new Item("安全标签齐全", "GB/T 16483", false)));
        template = templateRepository.findByCurrentTrueOrderByNameAsc().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .map(t -> templates.load(t.getId()))
                .orElseThrow();
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    Long start(RequestPostProcessor who, Long enterprise, String type) {
        MvcTestResult result = mvc.post()
                .uri("/inspections")
                .param("enterpriseId", enterprise.toString())
                .param("inspectedOn", Today.date().toString())
                .param("type", type)
                .param("templateId", template.getId().toString())
                .param("inspectors", "王检查、李检查")
                .param("peopleMet", "厂长")
                .with(who)
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        return Long.valueOf(result.getResponse().getRedirectedUrl().replace("/inspections/", ""));
    }

    List<Long> items() {
        return template.getItems().stream().map(ChecklistItem::getId).toList();
    }

    Inspection inspection(Long id) {
        return inspections.findById(id).orElseThrow();
    }

    long raised(Long id) {
        return jdbc.sql("select count(*) from hazard where inspection_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void completingRaisesAHazardForEachFailedItemAndFreezesTheResults() throws IOException {
        Long id = start(inspector, fixture.chemicalsInTown, "ROUTINE");
        List<Long> items = items();
        assertThat(mvc.post()
                        .uri("/inspections/{id}", id)
                        .multipart()
                        .param("version", Long.toString(inspection(id).getVersion()))
                        .param("outcome_" + items.get(0), "FAIL")
                        .param("summary", "草稿")
                        .with(inspector)
                        .with(csrf()))
                .flash()
                .containsEntry("message", "inspection.saved");
        assertThat(mvc.post()
                        .uri("/inspections/{id}", id)
                        .multipart()
                        .param("version", Long.toString(inspection(id).getVersion()))
                        .param("outcome_" + items.get(0), "FAIL")
                        .param("complete", "true")
                        .with(inspector)
                        .with(csrf()))
                .flash()
                .containsEntry("problem", "inspection.incomplete")
                .hasEntrySatisfying(
                        "itemProblems",
                        problems -> assertThat(new HashSet<Object>(((Map<?, ?>) problems).keySet()))
                                .containsExactlyInAnyOrder(items.get(0), items.get(1)));
        assertThat(inspection(id).getState()).isEqualTo(Inspection.State.DRAFT);
        assertThat(raised(id)).isZero();

        assertThat(mvc.post()
                        .uri("/inspections/{id}", id)
                        .multipart()
                        .file(new MockMultipartFile("photo_" + items.get(0), "mixed.png", "image/png", png()))
                        .param("version", Long.toString(inspection(id).getVersion()))
                        .param("outcome_" + items.get(0), "FAIL")
                        .param("note_" + items.get(0), "三号库氧化剂与易燃物同库")
                        .param("outcome_" + items.get(1), "PASS")
                        .param("complete", "true")
                        .with(inspector)
                        .with(csrf()))
                .flash()
                .containsEntry("message", "inspection.completed.done");
        assertThat(inspection(id).getState()).isEqualTo(Inspection.State.COMPLETED);
        // The hazard reads as the finding; the item it fails and its clause are beside it.
        assertThat(jdbc.sql("select grade || '|' || legal_basis || '|' || description || '|' || checklist_item"
                                + " || '|' || self_found from hazard where inspection_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("MAJOR|GB 15603-2022 第5.2条|三号库氧化剂与易燃物同库|禁忌物料未混存|false");
        assertThat(jdbc.sql("select count(*) from hazard_photo p join hazard h on h.id = p.hazard_id"
                                + " where h.inspection_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThat(mvc.post()
                        .uri("/inspections/{id}", id)
                        .multipart()
                        .param("version", Long.toString(inspection(id).getVersion()))
                        .param("outcome_" + items.get(0), "PASS")
                        .param("outcome_" + items.get(1), "PASS")
                        .param("complete", "true")
                        .with(inspector)
                        .with(csrf()))
                .flash()
                .containsEntry("problem", "inspection.completed");
        assertThat(raised(id)).isEqualTo(1);
        assertThat(mvc.get()
                        .uri("/inspections/{id}", id)
                        .header("Accept-Language", "en")
                        .with(manager))
                .hasStatusOk()
                .bodyText()
                .contains("Completed", "Hazards raised", "禁忌物料未混存")
                .doesNotContain("Complete the inspection");
    }

    @Test
    void anotherEnterprisesInspectionIsNotFound() {
        Long id = start(inspector, fixture.chemicalsInTown, "SPOT_CHECK");
        assertThat(mvc.get().uri("/inspections/{id}", id).with(mallManager)).hasStatus(404);
        assertThat(mvc.post()
                        .uri("/inspections/{id}", id)
                        .multipart()
                        .param("version", Long.toString(inspection(id).getVersion()))
                        .param("complete", "true")
                        .with(mallManager)
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.get().uri("/inspections").with(mallManager))
                .bodyText()
                .doesNotContain("/inspections/" + id + "\"");
        assertThat(mvc.get()
                        .uri("/inspections/new?enterprise=" + fixture.chemicalsInTown)
                        .with(mallManager))
                .hasStatus(404);
        // The enterprise sees the inspection but may not fill in the department's checklist.
        assertThat(mvc.post()
                        .uri("/inspections/{id}", id)
                        .multipart()
                        .param("version", Long.toString(inspection(id).getVersion()))
                        .param("summary", "改写")
                        .with(manager)
                        .with(csrf()))
                .hasStatus(403);
        assertThat(inspection(id).getState()).isEqualTo(Inspection.State.DRAFT);
    }

    @Test
    void anEnterpriseManagerSelfInspects() {
        Long id = start(manager, fixture.chemicalsInTown, "ROUTINE");
        assertThat(inspection(id).getType()).isEqualTo(InspectionType.SELF_INSPECTION);
        List<Long> items = items();
        mvc.post()
                .uri("/inspections/{id}", id)
                .multipart()
                .param("version", Long.toString(inspection(id).getVersion()))
                .param("outcome_" + items.get(0), "NOT_APPLICABLE")
                .param("outcome_" + items.get(1), "FAIL")
                .param("note_" + items.get(1), "二号库标签脱落")
                .param("complete", "true")
                .with(manager)
                .with(csrf())
                .exchange();
        assertThat(jdbc.sql("select grade || '|' || self_found from hazard where inspection_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("GENERAL|true");
    }

    @Test
    void changingAUsedTemplateMakesANewVersionAndOldInspectionsKeepTheirItems() {
        Long id = start(inspector, fixture.chemicalsInTown, "ROUTINE");
        RequestPostProcessor root = user(userDetails.loadUserByUsername(TestAdmins.GLOBAL));
        assertThat(mvc.post()
                        .uri("/admin/templates/{id}", template.getId())
                        .param("name", template.getName())
                        .param("industryCodes", "T_CHEMICALS")
                        .param("items[0].text", "新检查项")
                        .param("version", Long.toString(template.getVersion()))
                        .with(root)
                        .with(csrf()))
                .hasStatus3xxRedirection();
        ChecklistTemplate old = templateRepository.findById(template.getId()).orElseThrow();
        assertThat(old.isCurrent()).isFalse();
        assertThat(templateRepository.findByCurrentTrueOrderByNameAsc())
                .filteredOn(t -> t.getFamilyId().equals(old.getFamilyId()))
                .singleElement()
                .satisfies(t -> assertThat(t.getVersionNo()).isEqualTo(2));
        assertThat(mvc.get().uri("/inspections/{id}", id).with(inspector))
                .bodyText()
                .contains("禁忌物料未混存")
                .doesNotContain("新检查项");

        assertThat(mvc.post()
                        .uri("/admin/templates/{id}/copy", template.getId())
                        .with(root)
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(templateRepository.findByCurrentTrueOrderByNameAsc())
                .filteredOn(t -> t.getName().equals(template.getName() + "（副本）")
                        || t.getName().equals(template.getName() + " (copy)"))
                .hasSize(1);

        RequestPostProcessor county = user(userDetails.loadUserByUsername(TestAdmins.COUNTY));
        assertThat(mvc.post()
                        .uri("/admin/templates")
                        .param("name", "越权模板")
                        .param("items[0].text", "x")
                        .with(county)
                        .with(csrf()))
                .hasStatus(403);
        assertThat(templateRepository.existsByName("越权模板")).isFalse();
    }

    Long completedWithAFailure() {
        Long id = start(inspector, fixture.chemicalsInTown, "ROUTINE");
        List<Long> items = items();
        mvc.post()
                .uri("/inspections/{id}", id)
                .multipart()
                .param("version", Long.toString(inspection(id).getVersion()))
                .param("outcome_" + items.get(0), "PASS")
                .param("outcome_" + items.get(1), "FAIL")
                .param("note_" + items.get(1), "一号库")
                .param("complete", "true")
                .with(inspector)
                .with(csrf())
                .exchange();
        assertThat(raised(id)).isEqualTo(1);
        return id;
    }

    MvcTestResult issue(RequestPostProcessor who, Long id) {
        return mvc.post()
                .uri("/inspections/{id}/notice", id)
                .param("requirements", "限期整改")
                .param("deadline", Today.date().plusDays(10).toString())
                .param("reinspection", Today.date().plusDays(12).toString())
                .with(who)
                .with(csrf())
                .exchange();
    }

    Integer seq(Long inspectionId) {
        return jdbc.sql("select seq from rectification_notice where inspection_id = :id")
                .param("id", inspectionId)
                .query(Integer.class)
                .single();
    }

    @Test
    void aDepartmentIssuesNumberedNoticesThatNeverRepeat() throws Exception {
        Long first = completedWithAFailure();
        assertThat(issue(manager, first)).hasStatus(403);
        assertThat(issue(inspector, first)).flash().containsEntry("message", "notice.issued.done");
        assertThat(issue(inspector, first)).model().containsEntry("problem", "notice.issued");
        // A refused notice comes back with what the inspector wrote.
        Long refused = completedWithAFailure();
        assertThat(mvc.post()
                        .uri("/inspections/{id}/notice", refused)
                        .param("requirements", "三日内更换泄压阀")
                        .param("deadline", Today.date().plusDays(10).toString())
                        .param("reinspection", Today.date().plusDays(5).toString())
                        .with(inspector)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("三日内更换泄压阀", Today.date().plusDays(5).toString());
        assertThat(mvc.get()
                        .uri("/inspections/{id}/notice", first)
                        .header("Accept-Language", "zh-CN")
                        .with(manager))
                .hasStatusOk()
                .bodyText()
                .contains("测试东区危化监管局整改〔" + Today.date().getYear() + "〕" + seq(first) + "号", "一号库", "GB/T 16483")
                .doesNotContain("id=\"issue-notice\"");
        assertThat(mvc.get().uri("/inspections/{id}/notice", first).with(mallManager))
                .hasStatus(404);

        Long second = completedWithAFailure();
        Long third = completedWithAFailure();
        var pool = Executors.newFixedThreadPool(2);
        try {
            var results = pool.invokeAll(List.of(
                    () -> issue(inspector, second).getResponse().getStatus(),
                    () -> issue(inspector, third).getResponse().getStatus()));
            assertThat(results.get(0).get()).isEqualTo(302);
            assertThat(results.get(1).get()).isEqualTo(302);
        } finally {
            pool.shutdown();
        }
        assertThat(List.of(seq(first), seq(second), seq(third))).doesNotHaveDuplicates();
        assertThat(Math.max(seq(second), seq(third))).isEqualTo(seq(first) + 2);
    }
}
