package app.redline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.SignIn;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import jakarta.servlet.http.Cookie;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@RedlineTest
class AdminUserTests {

    static final String PASSWORD = "Password2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository users;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    ScopeFixture fixture;
    Long countyUser;
    Long westUser;

    @BeforeEach
    void users() {
        fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser("t-root", "总管理员", fixture.operator, Set.of(Role.ADMIN), PASSWORD);
        accounts.ensureUser("t-county-admin", "东区管理员", fixture.countyGovernment, Set.of(Role.ADMIN), PASSWORD);
        accounts.ensureUser("t-supervisor", "东区监管员", fixture.countyGovernment, Set.of(Role.SUPERVISOR), PASSWORD);
        countyUser = accounts.ensureUser(
                "t-county-user", "东区企业用户", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        westUser = accounts.ensureUser(
                "t-west-user", "西区企业用户", fixture.chemicalsInSiblingCounty, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
    }

    UserAccount user(Long id) {
        return users.findById(id).orElseThrow();
    }

    MvcTestResult signIn(String username, String password) {
        return SignIn.signIn(mvc, username, password);
    }

    @Test
    @WithUserDetails(value = "t-supervisor", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aUserWithoutTheAdminRoleMayNotManageUsers() {
        assertThat(mvc.get().uri("/admin/users")).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/users/{id}/enabled", countyUser)
                        .param("version", "0")
                        .param("enabled", "false")
                        .with(csrf()))
                .hasStatus(403);
        assertThat(user(countyUser).isEnabled()).isTrue();
    }

    @Nested
    @WithUserDetails(value = "t-county-admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    class ARegionAdministrator {

        @Test
        void listsOnlyUsersOfItsRegion() {
            assertThat(mvc.get().uri("/admin/users?q=t-"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("t-county-user")
                    .doesNotContain("t-west-user", "t-root");
        }

        @Test
        void cannotSeeOrChangeAUserOutsideItsRegion() {
            long version = user(westUser).getVersion();
            assertThat(mvc.get().uri("/admin/users/{id}", westUser)).hasStatus(404);
            assertThat(mvc.post()
                            .uri("/admin/users/{id}", westUser)
                            .param("displayName", "改名")
                            .param("unitId", fixture.chemicalsInTown.toString())
                            .param("roles", "INSPECTOR")
                            .param("version", Long.toString(version))
                            .with(csrf()))
                    .hasStatus(404);
            assertThat(mvc.post()
                            .uri("/admin/users/{id}/enabled", westUser)
                            .param("version", Long.toString(version))
                            .param("enabled", "false")
                            .with(csrf()))
                    .hasStatus(404);
            UserAccount unchanged = user(westUser);
            assertThat(unchanged.getDisplayName()).isEqualTo("西区企业用户");
            assertThat(unchanged.isEnabled()).isTrue();
        }

        @Test
        void theUnitPickerOffersOnlyUnitsOfItsRegion() {
            assertThat(mvc.get().uri("/admin/users/unit-options?q=测试"))
                    .hasStatusOk()
                    .bodyText()
                    .contains("测试东镇化工厂", "测试东区应急管理局")
                    .doesNotContain("测试西区化工厂", "测试市人民政府");
            assertThat(mvc.get().uri("/admin/users/unit-options?q=西区&chosen=" + fixture.chemicalsInSiblingCounty))
                    .bodyText()
                    .doesNotContain("测试西区化工厂");
        }

        @Test
        void cannotPutAUserIntoAUnitOutsideItsRegion() {
            assertThat(mvc.post()
                            .uri("/admin/users")
                            .param("username", "t-sneaky")
                            .param("displayName", "越界用户")
                            .param("unitId", fixture.chemicalsInSiblingCounty.toString())
                            .param("roles", "ENTERPRISE_MANAGER")
                            .param("password", PASSWORD)
                            .header("Accept-Language", "en")
                            .with(csrf()))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Choose a unit in your region.");
            assertThat(users.findByUsernameIgnoreCase("t-sneaky")).isEmpty();
        }
    }

    @Nested
    @WithUserDetails(value = "t-root", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    class AGlobalAdministrator {

        @Test
        void createsAUserWhoMustChangeThePasswordAtFirstSignIn() {
            String username = "t-new-" + System.nanoTime();
            assertThat(mvc.post()
                            .uri("/admin/users")
                            .param("username", username)
                            .param("displayName", "新用户")
                            .param("unitId", fixture.chemicalsInSiblingCounty.toString())
                            .param("roles", "ENTERPRISE_MANAGER")
                            .param("password", PASSWORD)
                            .with(csrf()))
                    .hasStatus3xxRedirection();
            UserAccount created = users.findByUsernameIgnoreCase(username).orElseThrow();
            assertThat(created.isMustChangePassword()).isTrue();
            assertThat(created.getRoles()).containsExactly(Role.ENTERPRISE_MANAGER);
        }

        @Test
        void refusesBadInputWithMessagesNextToTheFieldsAndWritesNothing() {
            long before = users.count();
            assertThat(mvc.post()
                            .uri("/admin/users")
                            .param("username", "T-COUNTY-USER")
                            .param("displayName", "重复")
                            .param("unitId", fixture.chemicalsInTown.toString())
                            .param("roles", "INSPECTOR")
                            .param("password", PASSWORD)
                            .header("Accept-Language", "zh-CN")
                            .with(csrf()))
                    .hasStatusOk()
                    .bodyText()
                    .contains("该用户名已被使用");
            assertThat(mvc.post()
                            .uri("/admin/users")
                            .param("username", "t-weak")
                            .param("displayName", "弱密码")
                            .param("unitId", fixture.chemicalsInTown.toString())
                            .param("roles", "INSPECTOR")
                            .param("password", "short")
                            .header("Accept-Language", "en")
                            .with(csrf()))
                    .hasStatusOk()
                    .bodyText()
                    .contains("The password is too weak");
            assertThat(mvc.post()
                            .uri("/admin/users")
                            .param("username", "bad name<script>")
                            .param("displayName", "")
                            .param("unitId", "not-a-number")
                            .header("Accept-Language", "en")
                            .with(csrf()))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Use letters, digits", "Fill this in.", "Choose at least one.")
                    .doesNotContain("<script>");
            assertThat(users.count()).isEqualTo(before);
        }

        @Test
        void aStaleFormIsAConflictAndChangesNothing() {
            long version = user(countyUser).getVersion();
            assertThat(mvc.post()
                            .uri("/admin/users/{id}", countyUser)
                            .param("displayName", "旧表单")
                            .param("unitId", fixture.chemicalsInTown.toString())
                            .param("roles", "ENTERPRISE_MANAGER")
                            .param("version", Long.toString(version - 1))
                            .with(csrf()))
                    .hasStatus(409);
            assertThat(user(countyUser).getDisplayName()).isEqualTo("东区企业用户");
        }
    }

    @Test
    void disablingAUserEndsTheirOpenSessionAtOnce() {
        String username = "t-session-" + System.nanoTime();
        Long id = accounts.ensureUser(username, "会话用户", fixture.chemicalsInTown, Set.of(Role.INSPECTOR), PASSWORD);
        MvcTestResult signedIn = signIn(username, PASSWORD);
        Cookie session = SignIn.session(signedIn);
        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();

        UserAccount account = user(id);
        mvc.post()
                .uri("/admin/users/{id}/enabled", id)
                .param("version", Long.toString(account.getVersion()))
                .param("enabled", "false")
                .with(csrf())
                .with(SecurityMockMvcRequestPostProcessors.user(accountsDetails("t-root")))
                .exchange();

        assertThat(user(id).isEnabled()).isFalse();
        assertThat(mvc.get().uri("/").cookie(session)).hasRedirectedUrl("/login?expired");
        // Answered like a wrong password: a stranger learns nothing about which accounts exist.
        assertThat(signIn(username, PASSWORD)).hasRedirectedUrl("/login?error");
    }

    @Test
    void takingARoleAwayEndsTheirOpenSessionAtOnceANewNameDoesNot() {
        String username = "t-standing-" + System.nanoTime();
        Long id = accounts.ensureUser(
                username, "角色用户", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER, Role.PRINCIPAL), PASSWORD);
        Cookie session = SignIn.session(signIn(username, PASSWORD));
        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();

        saveProfile(id, "新名字", Set.of(Role.ENTERPRISE_MANAGER, Role.PRINCIPAL));
        assertThat(user(id).getDisplayName()).isEqualTo("新名字");
        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();

        saveProfile(id, "新名字", Set.of(Role.ENTERPRISE_MANAGER));
        assertThat(user(id).getRoles()).containsExactly(Role.ENTERPRISE_MANAGER);
        assertThat(mvc.get().uri("/").cookie(session)).hasRedirectedUrl("/login?expired");
        assertThat(signIn(username, PASSWORD)).hasRedirectedUrl("/");
    }

    private void saveProfile(Long id, String displayName, Set<Role> roles) {
        var post = mvc.post()
                .uri("/admin/users/{id}", id)
                .param("displayName", displayName)
                .param("unitId", fixture.chemicalsInTown.toString())
                .param("version", Long.toString(user(id).getVersion()))
                .with(csrf())
                .with(SecurityMockMvcRequestPostProcessors.user(accountsDetails("t-root")));
        roles.forEach(role -> post.param("roles", role.name()));
        assertThat(post).hasStatus3xxRedirection();
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElse() {
        String username = "t-reset-" + System.nanoTime();
        Long id = accounts.ensureUser(username, "重置用户", fixture.chemicalsInTown, Set.of(Role.INSPECTOR), PASSWORD);
        mvc.post()
                .uri("/admin/users/{id}/password", id)
                .param("version", Long.toString(user(id).getVersion()))
                .param("password", "Temporary2026")
                .with(csrf())
                .with(SecurityMockMvcRequestPostProcessors.user(accountsDetails("t-root")))
                .exchange();
        assertThat(signIn(username, PASSWORD)).hasRedirectedUrl("/login?error");

        Cookie session = SignIn.session(signIn(username, "Temporary2026"));
        assertThat(mvc.get().uri("/enterprises").cookie(session)).hasRedirectedUrl("/profile/password");
        assertThat(mvc.post()
                        .uri("/profile/password")
                        .cookie(session)
                        .param("currentPassword", "Temporary2026")
                        .param("newPassword", "Chosen2026pw")
                        .param("confirmation", "Chosen2026pw")
                        .with(csrf()))
                .hasRedirectedUrl("/login?passwordChanged");
        Cookie fresh = SignIn.session(signIn(username, "Chosen2026pw"));
        assertThat(mvc.get().uri("/enterprises").cookie(fresh)).hasStatusOk();
    }

    @Autowired
    UserDetailsService userDetailsService;

    UserDetails accountsDetails(String username) {
        return userDetailsService.loadUserByUsername(username);
    }
}
