package app.redline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.Changes;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

@RedlineTest
class AdminUnitTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    AdministratorReach reach;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UnitRepository units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    UserDetailsService userDetails;

    ScopeFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
    }

    Unit unit(Long id) {
        return units.findWithIndustriesById(id).orElseThrow();
    }

    long auditRecords(Long unitId) {
        return jdbc.sql("select count(*) from audit_record where object_type = 'UNIT' and object_id = :id")
                .param("id", unitId.toString())
                .query(Long.class)
                .single();
    }

    MvcTestResult createEnterprise(String name, String creditCode, String region, String... industries) {
        return mvc.post()
                .uri("/admin/units")
                .param("type", "ENTERPRISE")
                .param("name", name)
                .param("creditCode", creditCode)
                .param("regionCode", region)
                .param("industryCodes", industries)
                .param("riskLevel", "YELLOW")
                .param("principal", "张三")
                .header("Accept-Language", "en")
                .with(csrf())
                .exchange();
    }

    @Test
    @WithUserDetails(value = "t-supervisor", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aUserWithoutTheAdminRoleMayNotAdminister() {
        assertThat(mvc.get().uri("/admin")).hasStatus(403);
        assertThat(mvc.get().uri("/admin/units")).hasStatus(403);
        assertThat(mvc.get().uri("/admin/units/{id}", fixture.chemicalsInTown)).hasStatus(403);
        assertThat(mvc.get().uri("/admin/audit")).hasStatus(403);
        assertThat(mvc.get().uri("/admin/regions")).hasStatus(403);
        assertThat(mvc.get().uri("/admin/responsibilities/gaps")).hasStatus(403);
        assertThat(createEnterprise("越权企业", TestCreditCodes.next("970101"), "970101", "T_CHEMICALS"))
                .hasStatus(403);
        assertThat(units.findAll().stream().anyMatch(u -> u.getName().equals("越权企业")))
                .isFalse();
    }

    @Nested
    @WithUserDetails(value = TestAdmins.COUNTY, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    class ARegionAdministrator {

        @Test
        void listsAndExportsOnlyUnitsOfItsRegion() throws Exception {
            assertThat(mvc.get().uri("/admin/units?q=测试"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("测试东镇化工厂", "测试东区应急管理局")
                    .doesNotContain("测试西区化工厂", "测试市人民政府", "测试运维中心");

            MvcTestResult export =
                    mvc.get().uri("/admin/units/export.xlsx?q=测试").exchange();
            assertThat(export)
                    .hasStatusOk()
                    .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            List<String> names = new ArrayList<>();
            try (ReadableWorkbook workbook = new ReadableWorkbook(
                    new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
                try (var rows = workbook.getFirstSheet().openStream()) {
                    rows.skip(1).map(row -> row.getCellAsString(0).orElse("")).forEach(names::add);
                }
            }
            assertThat(names).contains("测试东镇化工厂", "测试东区商场").doesNotContain("测试西区化工厂");
        }

        @Test
        void cannotSeeOrChangeAUnitOutsideItsRegion() {
            Unit west = unit(fixture.chemicalsInSiblingCounty);
            assertThat(mvc.get().uri("/admin/units/{id}", west.getId())).hasStatus(404);
            assertThat(mvc.get().uri("/admin/units/{id}/responsibilities", west.getId()))
                    .hasStatus(404);
            assertThat(mvc.post()
                            .uri("/admin/units/{id}", west.getId())
                            .param("name", "改名")
                            .param("regionCode", "970102")
                            .param("creditCode", west.getCreditCode())
                            .param("industryCodes", "T_CHEMICALS")
                            .param("version", Long.toString(west.getVersion()))
                            .with(csrf()))
                    .hasStatus(404);
            assertThat(mvc.post()
                            .uri("/admin/units/{id}/active", west.getId())
                            .param("version", Long.toString(west.getVersion()))
                            .param("active", "false")
                            .with(csrf()))
                    .hasStatus(404);
            Unit unchanged = unit(west.getId());
            assertThat(unchanged.getName()).isEqualTo("测试西区化工厂");
            assertThat(unchanged.isActive()).isTrue();
        }

        @Test
        void readsOnlyTheAuditRecordsOfItsRegion() {
            String label = "西区审计标记" + System.nanoTime();
            transactions.executeWithoutResult(status -> auditLog.record(new AuditEntry(
                    "UPDATE",
                    "UNIT",
                    fixture.chemicalsInSiblingCounty,
                    label,
                    "970102",
                    Changes.diff().field("name", "旧名", "新名"))));
            assertThat(mvc.get().uri("/admin/audit?type=UNIT&object=" + fixture.chemicalsInSiblingCounty))
                    .hasStatusOk()
                    .bodyText()
                    .doesNotContain(label);
            assertThat(mvc.get()
                            .uri("/admin/audit?type=UNIT&object=" + fixture.chemicalsInSiblingCounty)
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.user(
                                    userDetails.loadUserByUsername(TestAdmins.GLOBAL))))
                    .bodyText()
                    .contains(label);
        }

        @Test
        void cannotCreateAUnitInAnotherRegion() {
            String code = TestCreditCodes.next("970102");
            assertThat(createEnterprise("越界企业", code, "970102", "T_CHEMICALS"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Choose a region within your own region.");
            assertThat(units.findByCreditCode(code)).isEmpty();
        }

        @Test
        void aCreditCodePastedWithAFullWidthSpaceOrFullWidthLettersIsTheCodeItself() {
            String code = TestCreditCodes.next("970101");
            String pasted = " " + code.substring(0, 16)
                    + (char) (code.charAt(16) >= 'A' ? code.charAt(16) - 'A' + 'Ａ' : code.charAt(16) - '0' + '０')
                    + code.charAt(17) + "\u3000";
            assertThat(createEnterprise("全角空格企业", pasted, "970101001", "T_CHEMICALS"))
                    .hasStatus3xxRedirection();
            assertThat(units.findByCreditCode(code)).isPresent();
        }

        @Test
        void createsAnEnterpriseInItsRegionWithAnAuditRecord() {
            String code = TestCreditCodes.next("970101");
            assertThat(createEnterprise("东区新企业", code, "970101001", "T_CHEMICALS"))
                    .hasStatus3xxRedirection();
            Unit created = unit(units.findByCreditCode(code).orElseThrow().getId());
            assertThat(created.getRegionCode()).isEqualTo("970101001");
            assertThat(created.getIndustryCodes()).containsExactly("T_CHEMICALS");
            assertThat(auditRecords(created.getId())).isEqualTo(1);
            assertThat(mvc.get().uri("/admin/units/{id}", created.getId()).header("Accept-Language", "en"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("History", "Created", TestAdmins.COUNTY, code);
            assertThat(mvc.get().uri("/admin/audit?actor=" + TestAdmins.COUNTY))
                    .hasStatusOk()
                    .bodyText()
                    .contains("东区新企业");
            // The trail reads in the reader's language: names and labels, not codes and ids.
            assertThat(mvc.get().uri("/admin/units/{id}", created.getId()).header("Accept-Language", "zh-CN"))
                    .bodyText()
                    .contains("测试危化 (T_CHEMICALS)", "一般风险（黄）")
                    .doesNotContain("<td>T_CHEMICALS</td>", "<td>YELLOW</td>");
        }
    }

    @Nested
    @WithUserDetails(value = TestAdmins.GLOBAL, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    class AGlobalAdministrator {

        @Test
        void refusesBadEnterprisesWithMessagesAndWritesNothing() {
            long before = units.count();
            String valid = TestCreditCodes.next("970101");
            String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
            assertThat(createEnterprise("坏代码", wrongCheck, "970101", "T_CHEMICALS"))
                    .bodyText()
                    .contains("Not a valid unified social credit code");
            assertThat(createEnterprise("重复代码", unit(fixture.chemicalsInTown).getCreditCode(), "970101", "T_CHEMICALS"))
                    .bodyText()
                    .contains("Another unit already has this credit code.");
            assertThat(createEnterprise("未知行业", valid, "970101", "NO_SUCH_INDUSTRY"))
                    .bodyText()
                    .contains("Choose industries from the list.");
            assertThat(createEnterprise("无行业", valid, "970101")).bodyText().contains("Choose at least one industry.");
            assertThat(createEnterprise("未知区划", valid, "999999", "T_CHEMICALS"))
                    .bodyText()
                    .contains("Choose a region from the list.");
            assertThat(createEnterprise("<script>alert(1)</script>", "", "", "T_CHEMICALS"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Choose a region.")
                    .doesNotContain("<script>alert(1)</script>");
            assertThat(mvc.post()
                            .uri("/admin/units")
                            .param("type", "DEPARTMENT")
                            .param("name", "无职责部门")
                            .param("regionCode", "970101")
                            .header("Accept-Language", "zh-CN")
                            .with(csrf()))
                    .bodyText()
                    .contains("请选择该部门监管的行业，或选择综合监管。");
            assertThat(mvc.post()
                            .uri("/admin/units")
                            .param("type", "BOGUS")
                            .param("name", "类型错误")
                            .param("regionCode", "970101")
                            .with(csrf()))
                    .hasStatusOk();
            assertThat(units.count()).isEqualTo(before);
        }

        @Test
        void aStaleFormIsAConflictAndChangesNothing() {
            Unit commerce = unit(fixture.commerceInCounty);
            assertThat(mvc.post()
                            .uri("/admin/units/{id}", commerce.getId())
                            .param("name", "旧表单")
                            .param("regionCode", "970101")
                            .param("creditCode", commerce.getCreditCode())
                            .param("industryCodes", "T_COMMERCE")
                            .param("version", Long.toString(commerce.getVersion() - 1))
                            .with(csrf()))
                    .hasStatus(409);
            assertThat(unit(commerce.getId()).getName()).isEqualTo("测试东区商场");
        }

        @Test
        void editsADepartmentAndRecordsOldAndNewValues() {
            Long department = organizationSeeds.ensureDepartment(
                    "测试东区交通局" + System.nanoTime(), "970101", Set.of("T_TRADE"), false);
            Unit before = unit(department);
            assertThat(organization.unitNames(Set.of(department))).containsEntry(department, before.getName());
            String renamed = before.getName() + "（更名）";
            assertThat(mvc.post()
                            .uri("/admin/units/{id}", department)
                            .param("name", renamed)
                            .param("regionCode", "970101")
                            .param("industryCodes", "T_TRADE", "T_CONSTRUCTION")
                            .param("version", Long.toString(before.getVersion()))
                            .with(csrf()))
                    .hasStatus3xxRedirection();
            assertThat(unit(department).getIndustryCodes()).containsExactly("T_CONSTRUCTION", "T_TRADE");
            // Pages name it by its new name (departments' names are kept in memory until a change).
            assertThat(organization.unitNames(new HashSet<>(Arrays.asList(department, null, Long.MAX_VALUE))))
                    .containsExactly(Map.entry(department, renamed));
            assertThat(jdbc.sql("select c.old_value || ' -> ' || c.new_value from audit_change c"
                                    + " join audit_record r on r.id = c.audit_id"
                                    + " where r.object_type = 'UNIT' and r.object_id = :id and c.field = 'industries'")
                            .param("id", department.toString())
                            .query(String.class)
                            .list())
                    .containsExactly("T_TRADE -> T_CONSTRUCTION, T_TRADE");
        }

        @Test
        void deactivatesAUnitWithUsersInsteadOfDeletingIt() {
            Long enterprise = organizationSeeds.ensureEnterprise(
                    new EnterpriseDetails(
                            "测试停用企业" + System.nanoTime(), TestCreditCodes.next("970101"), null, null, null, null, null),
                    "970101",
                    Set.of("T_CHEMICALS"));
            accounts.ensureUser(
                    "t-inactive-" + enterprise,
                    "停用企业用户",
                    enterprise,
                    Set.of(Role.ENTERPRISE_MANAGER),
                    TestAdmins.PASSWORD);

            assertThat(mvc.post()
                            .uri("/admin/units/{id}/delete", enterprise)
                            .param("version", Long.toString(unit(enterprise).getVersion()))
                            .with(csrf()))
                    .hasStatus3xxRedirection()
                    .flash()
                    .containsEntry("problem", "unit.delete.inUse");
            assertThat(units.existsById(enterprise)).isTrue();
            assertThat(auditRecords(enterprise)).isZero();

            assertThat(mvc.post()
                            .uri("/admin/units/{id}/active", enterprise)
                            .param("version", Long.toString(unit(enterprise).getVersion()))
                            .param("active", "false")
                            .with(csrf()))
                    .hasStatus3xxRedirection();
            assertThat(unit(enterprise).isActive()).isFalse();
            assertThat(reach.unitsManagedBy(Scope.all(), "测试停用企业", null, 100))
                    .noneMatch(u -> u.id().equals(enterprise));
            assertThat(mvc.get().uri("/admin/units/{id}", enterprise)).hasStatusOk();
            assertThat(auditRecords(enterprise)).isEqualTo(1);
        }

        @Test
        void deletesAUnitNothingRefersTo() {
            Long government = organizationSeeds.ensureGovernment("测试误建政府" + System.nanoTime(), "970101001");
            assertThat(mvc.post()
                            .uri("/admin/units/{id}/delete", government)
                            .param("version", Long.toString(unit(government).getVersion()))
                            .with(csrf()))
                    .hasRedirectedUrl("/admin/units");
            assertThat(units.existsById(government)).isFalse();
        }

        @Test
        void showsWhoAnswersForAnEnterpriseAndTheGapsInResponsibility() {
            assertThat(mvc.get().uri("/admin/units/{id}/responsibilities", fixture.chemicalsInTown))
                    .hasStatusOk()
                    .bodyText()
                    .contains("测试东区危化监管局", "测试东区应急管理局", "测试东区人民政府", "测试市人民政府")
                    .doesNotContain("测试东区工贸监管局", "测试西区人民政府");
            // The emergency-management bureau is the comprehensive supervision department; where it
            // also governs the enterprise's industry, it answers on both grounds.
            assertThat(mvc.get()
                            .uri("/admin/units/{id}/responsibilities", fixture.emergencyDepartment)
                            .header("Accept-Language", "zh-CN"))
                    .bodyText()
                    .contains("综合监管部门");
            Long machinery = organizationSeeds.ensureDepartment(
                    "测试东区机械应急局" + System.nanoTime(), "970101", Set.of("T_CHEMICALS"), true);
            assertThat(mvc.get()
                            .uri("/admin/units/{id}/responsibilities", fixture.chemicalsInTown)
                            .header("Accept-Language", "zh-CN"))
                    .bodyText()
                    .contains("行业监管 · 综合监管");
            jdbc.sql("update unit set active = false where id = :id")
                    .param("id", machinery)
                    .update();
            // Commerce is a sub-sector of trade: the trade department supervises the mall.
            assertThat(mvc.get().uri("/admin/units/{id}/responsibilities", fixture.commerceInCounty))
                    .bodyText()
                    .contains("测试东区工贸监管局");
            // Nobody supervises construction in the east county.
            assertThat(mvc.get().uri("/admin/responsibilities/gaps?page=0"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("测试东区建筑公司")
                    .doesNotContain("测试东镇化工厂", "测试东区商场");
            assertThat(mvc.get().uri("/admin/units/{id}/responsibilities", fixture.chemicalsDepartment))
                    .hasStatusOk()
                    .bodyText()
                    .contains("测试危化", "东镇");
            assertThat(mvc.get().uri("/admin/units?type=ENTERPRISE&supervisor=" + fixture.chemicalsDepartment))
                    .bodyText()
                    .contains("测试东镇化工厂")
                    .doesNotContain("测试西区化工厂", "测试东区商场");
        }

        @Test
        void theOverviewCountsWhatItManages() {
            assertThat(mvc.get().uri("/admin").header("Accept-Language", "en"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Regions", "Units", "Users", "Enterprises without an industry supervisor");
        }
    }
}
