package app.redline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@RedlineTest
@WithUserDetails(value = TestAdmins.COUNTY, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class UserImportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository users;

    ScopeFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
    }

    MvcTestResult upload(String text) {
        return mvc.post()
                .uri("/admin/import/users")
                .multipart()
                .file(new MockMultipartFile("file", "users.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en")
                .with(csrf())
                .exchange();
    }

    @Test
    void importsUsersWhoSignInAndMustChangeTheirPassword() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
        String manager = "imp-mgr-" + suffix;
        String inspector = "imp-insp-" + suffix;
        String file = "用户名,姓名,所属单位,角色,电话,电子邮箱,初始密码\n"
                + manager + ",导入企业用户," + creditCodeOf(fixture.chemicalsInTown) + ",企业安全管理人员,13800000000,"
                + manager + "@example.cn,Import2026pw\n"
                + inspector + ",导入检查员,测试东区应急管理局,\"INSPECTOR, 监管人员\",,,Import2026pw\n";
        long before = users.count();

        assertThat(upload(file)).bodyText().contains("2 rows: 2 new, 0 updated, 0 unchanged.");
        assertThat(users.count()).isEqualTo(before + 2);
        UserAccount created = users.findByUsernameIgnoreCase(inspector).orElseThrow();
        assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.INSPECTOR, Role.SUPERVISOR);
        assertThat(created.getUnitId()).isEqualTo(fixture.emergencyDepartment);
        assertThat(created.isMustChangePassword()).isTrue();
        UserAccount imported =
                users.findByUsernameIgnoreCase(manager.toUpperCase()).orElseThrow();
        assertThat(passwordEncoder.matches("Import2026pw", imported.getPassword()))
                .isTrue();
        assertThat(imported.isMustChangePassword()).isTrue();
        assertThat(imported.getEmail()).isEqualTo(manager + "@example.cn");

        long version = created.getVersion();
        assertThat(upload(file)).bodyText().contains("2 rows: 0 new, 0 updated, 2 unchanged.");
        assertThat(users.findByUsernameIgnoreCase(inspector).orElseThrow().getVersion())
                .isEqualTo(version);
    }

    @Test
    void aFileWithBadRowsIsReportedAndNothingIsWritten() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
        String file = "Username,Name,Unit,Roles,Initial password\n"
                + "imp-ok-" + suffix + ",好用户,测试东区应急管理局,INSPECTOR,Import2026pw\n"
                + "imp-unit-" + suffix + ",未知单位,不存在的单位,INSPECTOR,Import2026pw\n"
                + "imp-west-" + suffix + ",越界单位,测试西区化工厂,INSPECTOR,Import2026pw\n"
                + "imp-weak-" + suffix + ",弱密码,测试东区应急管理局,INSPECTOR,short\n"
                + "imp-role-" + suffix + ",未知角色,测试东区应急管理局,BOSS,Import2026pw\n"
                + "imp-ok-" + suffix + ",重复,测试东区应急管理局,INSPECTOR,Import2026pw\n"
                + "t-west-outside,他区用户,测试东区应急管理局,INSPECTOR,Import2026pw\n"
                + "bad name!,坏名字,测试东区应急管理局,INSPECTOR,Import2026pw\n";
        accounts.ensureUser(
                "t-west-outside",
                "西区用户",
                fixture.chemicalsInSiblingCounty,
                Set.of(Role.INSPECTOR),
                TestAdmins.PASSWORD);
        long before = users.count();

        assertThat(upload(file))
                .bodyText()
                .contains("Nothing was imported")
                .contains("No active unit in your region has this name or credit code.")
                .contains("A new user needs an initial password")
                .contains("Unknown role.")
                .contains("This username appears in an earlier row of the file.")
                .contains("This username belongs to a user outside your region.")
                .contains("Use letters, digits");
        assertThat(users.count()).isEqualTo(before);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    String creditCodeOf(Long unitId) {
        return jdbc.sql("select credit_code from unit where id = :id")
                .param("id", unitId)
                .query(String.class)
                .single();
    }
}
