package app.redline.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.system.TableFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

/** The register as a spreadsheet: template, import (all or nothing, idempotent), export that imports again. */
@RedlineTest
class RegisterImportTests {

    static final String HEADER = "风险点,风险点类别,位置,风险分析单元,责任部门,责任人,联系电话,应急处置措施,风险事件,事故类型,评价方法,L,E,S,"
            + "管控措施类别,管控措施,排查内容,排查周期,排查岗位,排查人,包保责任人任务\n";

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

    ScopeFixture fixture;
    FreshEnterprise fresh;
    RequestPostProcessor manager;

    @BeforeEach
    void setUp() {
        fixture = new ScopeFixture(organizationSeeds);
        fresh = FreshEnterprise.create(organizationSeeds, accounts, "清单导入化工", "Register2026pw");
        manager = user(userDetails.loadUserByUsername(fresh.manager()));
    }

    String csv() {
        // The manager's display name is the enterprise's base name + 安全员 (see FreshEnterprise).
        return HEADER
                + "罐区,仓储区域,厂区北侧,T-101甲醇储罐,储运班组,王强,13800000000,停止输转,甲醇泄漏着火,火灾,LS,4,,4,"
                + "工程技术,可燃气体报警联锁,检查报警仪显示正常,每班,罐区操作工,,否\n"
                + "罐区,,,T-101甲醇储罐,,,,,甲醇泄漏着火,火灾,LS,4,,4,"
                + "应急措施,配备空气呼吸器,检查空气呼吸器压力,每周,,清单导入化工安全员,是\n"
                + "装卸站台,场所,,槽车装卸,储运班组,李明,,,槽车溜车,车辆伤害,LEC,1,6,7,,,,,,,\n";
    }

    MvcTestResult upload(RequestPostProcessor who, String name, byte[] content, boolean checkOnly) {
        return mvc.post()
                .uri("/enterprises/" + fresh.id() + "/risks/import")
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("checkOnly", String.valueOf(checkOnly))
                .header("Accept-Language", "en")
                .with(who)
                .with(csrf())
                .exchange();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where enterprise_id = :e")
                .param("e", fresh.id())
                .query(Long.class)
                .single();
    }

    @Test
    void aManagerImportsTheRegisterAndTheSameFileAgainChangesNothing() {
        byte[] file = csv().getBytes(StandardCharsets.UTF_8);
        assertThat(upload(manager, "register.csv", file, true))
                .hasStatusOk()
                .bodyText()
                .contains("The file is valid; nothing was written.");
        assertThat(count("risk_object")).isZero();

        assertThat(upload(manager, "register.csv", file, false))
                .hasStatusOk()
                .bodyText()
                .contains("3 rows: 3 new, 0 updated, 0 unchanged.");
        assertThat(count("risk_object")).isEqualTo(2);
        assertThat(count("risk_unit")).isEqualTo(2);
        assertThat(count("risk_event")).isEqualTo(2);
        assertThat(count("control_measure")).isEqualTo(2);
        assertThat(count("investigation_task")).isEqualTo(2);
        // LS 4 × 4 = 16 is orange; LEC 1 × 6 × 7 = 42 is blue; the enterprise takes the highest.
        assertThat(jdbc.sql("select risk_level from unit where id = :e")
                        .param("e", fresh.id())
                        .query(String.class)
                        .single())
                .isEqualTo("ORANGE");
        assertThat(jdbc.sql("select count(*) from investigation_task t join app_user u on u.id = t.assignee_id"
                                + " where t.enterprise_id = :e and u.username = :m and t.responsible_person"
                                + " and t.cycle = 'WEEK'")
                        .param("e", fresh.id())
                        .param("m", fresh.manager())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from audit_record where object_type = 'INVESTIGATION_TASK'"
                                        + " and object_id in (select id::text from investigation_task where enterprise_id = :e)")
                        .param("e", fresh.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        assertThat(upload(manager, "register.csv", file, false))
                .hasStatusOk()
                .bodyText()
                .contains("3 rows: 0 new, 0 updated, 3 unchanged.");
        assertThat(count("investigation_task")).isEqualTo(2);

        // A changed responsible person and a task now done every day are updates.
        String changed = csv().replace("王强", "赵刚").replace("每班", "每天");
        assertThat(upload(manager, "register.csv", changed.getBytes(StandardCharsets.UTF_8), false))
                .hasStatusOk()
                .bodyText()
                .contains("3 rows: 0 new, 1 updated, 2 unchanged.");
        assertThat(jdbc.sql("select responsible_person from risk_unit where enterprise_id = :e and name = 'T-101甲醇储罐'")
                        .param("e", fresh.id())
                        .query(String.class)
                        .single())
                .isEqualTo("赵刚");
    }

    @Test
    void theExportImportsAgainUnchangedAndTheTemplateIsAWorkbook() throws Exception {
        upload(manager, "register.csv", csv().getBytes(StandardCharsets.UTF_8), false);

        byte[] exported = mvc.get()
                .uri("/enterprises/" + fresh.id() + "/risks/register.xlsx")
                .header("Accept-Language", "zh-CN")
                .with(manager)
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        List<TableFile.TableRow> rows = TableFile.read(new ByteArrayInputStream(exported), 100);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).cells()).contains("风险点*", "风险等级");
        assertThat(rows.stream().map(r -> r.cell(RegisterSheet.at("level")))).contains("较大风险（橙）");
        assertThat(rows.stream().map(r -> r.cell(RegisterSheet.at("assignee")))).contains("清单导入化工安全员");
        assertThat(upload(manager, "register.xlsx", exported, false))
                .hasStatusOk()
                .bodyText()
                .contains("3 rows: 0 new, 0 updated, 3 unchanged.");

        byte[] template = mvc.get()
                .uri("/enterprises/" + fresh.id() + "/risks/template.xlsx")
                .header("Accept-Language", "en")
                .with(manager)
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        List<TableFile.TableRow> templateRows = TableFile.read(new ByteArrayInputStream(template), 100);
        assertThat(templateRows.get(0).cells()).startsWith("Risk object*", "Object kind", "Where", "Risk unit*");
        // The template's example row is passed over when the template itself is imported.
        assertThat(upload(manager, "template.xlsx", template, true))
                .hasStatusOk()
                .bodyText()
                .contains("1 rows: 0 new, 0 updated, 0 unchanged.");
    }

    @Test
    void aFileWithAProblemWritesNothingAndSaysWhereInTheUsersLanguage() {
        String bad = HEADER
                + "罐区,仓储区域,,T-101,储运班组,王强,,,泄漏,火灾,LS,9,,4,,,,,,,\n"
                + "车间,厂房,,冲压线,,,,,,,,,,,,,,,,,\n"
                + "库房,仓储区域,,货架,,张三,,,坍塌,,LS,2,,2,工程技术,限高,检查限高,,,,\n"
                + "库房,仓储区域,,货架,,张三,,,坍塌,,LS,2,,2,工程技术,限高,检查码放,每天,,没有这个人,\n";
        assertThat(upload(manager, "bad.csv", bad.getBytes(StandardCharsets.UTF_8), false))
                .hasStatusOk()
                .bodyText()
                .contains("Nothing was imported")
                .contains("Outside the method")
                .contains("“厂房” is not one of the column")
                .contains("This required column is empty.")
                .contains("No user of the enterprise is called “没有这个人”.");
        assertThat(count("risk_object")).isZero();

        // A new unit without its responsible person: found when the row is compared with the register.
        String noPerson = HEADER + "罐区,仓储区域,,T-101,,,,,,,,,,,,,,,,,\n";
        assertThat(upload(manager, "bad.csv", noPerson.getBytes(StandardCharsets.UTF_8), false))
                .bodyText()
                .contains("A new risk unit needs its responsible person.");
        assertThat(count("risk_object")).isZero();
        assertThat(upload(manager, "bad.csv", "not,a,register\n1,2,3\n".getBytes(StandardCharsets.UTF_8), false))
                .bodyText()
                .contains("This required column is missing from the header row.");
    }

    @Test
    void othersReadTheExportButOnlyTheEnterprisesManagersImport() {
        accounts.ensureUser(
                "t-reg-mall", "商场安全员", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), "Register2026pw");
        accounts.ensureUser("t-reg-gov", "东区政府监管", fixture.countyGovernment, Set.of(Role.SUPERVISOR), "Register2026pw");
        var otherManager = user(userDetails.loadUserByUsername("t-reg-mall"));
        var government = user(userDetails.loadUserByUsername("t-reg-gov"));
        byte[] file = csv().getBytes(StandardCharsets.UTF_8);
        String base = "/enterprises/" + fresh.id() + "/risks/";

        assertThat(mvc.get().uri(base + "import").with(manager).exchange()).hasStatusOk();
        assertThat(mvc.get().uri(base + "import").with(government).exchange()).hasStatus(403);
        assertThat(upload(government, "r.csv", file, false)).hasStatus(403);
        assertThat(mvc.get().uri(base + "register.xlsx").with(government).exchange())
                .hasStatusOk();
        assertThat(mvc.get().uri(base + "import").with(otherManager).exchange()).hasStatus(404);
        assertThat(upload(otherManager, "r.csv", file, false)).hasStatus(404);
        assertThat(mvc.get().uri(base + "register.xlsx").with(otherManager).exchange())
                .hasStatus(404);
        assertThat(mvc.get().uri(base + "template.xlsx").with(otherManager).exchange())
                .hasStatus(404);
        assertThat(count("risk_object")).isZero();
    }
}
