package app.redline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.SignIn;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@RedlineTest
class SignInTests {

    static final String PASSWORD = "Correct2026pw";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    JdbcTemplate jdbc;

    String username;

    ScopeFixture fixture;

    @BeforeEach
    void createUser() {
        fixture = new ScopeFixture(organizationSeeds);
        username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureUser(username, "测试用户", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
    }

    MvcTestResult signIn(String name, String password) {
        return SignIn.signIn(mvc, name, password);
    }

    @Test
    void theRightPasswordSignsInAndLandsOnTheHomePage() {
        assertThat(signIn(username, PASSWORD)).hasStatus3xxRedirection().hasRedirectedUrl("/");
    }

    @Test
    void theUsernameIsMatchedRegardlessOfCase() {
        assertThat(signIn(username.toUpperCase(), PASSWORD)).hasRedirectedUrl("/");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        assertThat(signIn(username, "wrong")).hasRedirectedUrl("/login?error");
        assertThat(signIn("nobody-" + username, "wrong")).hasRedirectedUrl("/login?error");
    }

    @Test
    void controlCharactersAreRefusedAtTheEdgeAndCountAsAFailedSignIn() {
        assertThat(signIn(username + "\u0000", PASSWORD)).hasRedirectedUrl("/login?error");
        assertThat(jdbc.queryForObject(
                        "select failures from login_lock where username = ?", Integer.class, username.toLowerCase()))
                .isEqualTo(1);
        // Anywhere else: the 400 page, before any handler runs.
        assertThat(
                        mvc.get()
                                .uri("/hazards")
                                .param("q", "泄漏\u0000")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(username)))
                .hasStatus(400);
    }

    @Test
    void passwordsAreStoredThroughTheDelegatingEncoder() {
        String stored = jdbc.queryForObject(
                "select password from app_user where lower(username) = ?", String.class, username.toLowerCase());
        assertThat(stored).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void aSignInWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", username)
                        .param("password", PASSWORD)
                        .exchange())
                .hasStatus(403);
    }

    @Nested
    class AfterFiveWrongPasswords {

        @BeforeEach
        void failFiveTimes() {
            for (int i = 0; i < 4; i++) {
                assertThat(signIn(username, "wrong" + i)).hasRedirectedUrl("/login?error");
            }
            assertThat(signIn(username, "wrong4")).hasRedirectedUrl("/login?locked");
        }

        @Test
        void evenTheRightPasswordIsRefusedWithAClearMessage() {
            assertThat(signIn(username, PASSWORD)).hasRedirectedUrl("/login?locked");
            assertThat(mvc.get().uri("/login?locked").header("Accept-Language", "en"))
                    .bodyText()
                    .contains("locked for 15 minutes");
            assertThat(mvc.get().uri("/login?locked").header("Accept-Language", "zh-CN"))
                    .bodyText()
                    .contains("已锁定 15 分钟");
        }

        @Test
        void theLockIsKeptInTheDatabaseSoARestartDoesNotLiftIt() {
            Integer locked = jdbc.queryForObject(
                    "select count(*) from login_lock where username = ? and locked_until > now()",
                    Integer.class,
                    username.toLowerCase());
            assertThat(locked).isEqualTo(1);
        }

        @Test
        void otherUsernamesAreNotLocked() {
            String other = username + "-b";
            accounts.ensureUser(other, "另一个用户", fixture.chemicalsInTown, Set.of(Role.INSPECTOR), PASSWORD);
            assertThat(signIn(other, PASSWORD)).hasRedirectedUrl("/");
        }
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            signIn(username, "wrong");
        }
        assertThat(signIn(username, PASSWORD)).hasRedirectedUrl("/");
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(username, "wrong")).hasRedirectedUrl("/login?error");
        }
    }

    /**
     * A page that changes nothing leaves the session's row alone (spring-session reads it once and
     * writes it only when it changed or its recorded access is a minute old); the session still
     * signs in, serves and signs out.
     */
    @Test
    void aPageThatChangesNothingDoesNotWriteTheSessionUntilItsAccessIsAMinuteOld() {
        Cookie cookie = SignIn.session(signIn(username, PASSWORD));
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        String lastAccess = "select last_access_time from spring_session where session_id = ?";
        // The first page after signing in keeps the new form token in the session: a change, written.
        assertThat(mvc.get().uri("/hazards").cookie(cookie)).hasStatusOk();
        long signedIn = jdbc.queryForObject(lastAccess, Long.class, id);

        assertThat(mvc.get().uri("/hazards").cookie(cookie)).hasStatusOk();
        assertThat(mvc.get().uri("/").cookie(cookie)).hasStatusOk();
        assertThat(jdbc.queryForObject(lastAccess, Long.class, id)).isEqualTo(signedIn);

        jdbc.update(
                "update spring_session set last_access_time = last_access_time - 120000,"
                        + " expiry_time = expiry_time - 120000 where session_id = ?",
                id);
        assertThat(mvc.get().uri("/hazards").cookie(cookie)).hasStatusOk();
        assertThat(jdbc.queryForObject(lastAccess, Long.class, id)).isGreaterThanOrEqualTo(signedIn);

        assertThat(mvc.post().uri("/logout").cookie(cookie).with(csrf())).hasRedirectedUrl("/login?logout");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Long.class, id))
                .isZero();
    }
}
