package app.redline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.SignIn;
import app.redline.TestAdmins;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The security audit trail: sign-ins, failures, locks, sign-outs and exports are recorded with the
 * time, the username and the address — never the password — and administrators read them (a
 * region administrator only its region's); guessing across usernames from one address pauses it.
 */
@RedlineTest
class SecurityAuditTests {

    static final String PASSWORD = "Audit2026secret";

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
    LoginLockService loginLocks;

    @Autowired
    JdbcClient jdbc;

    String username;

    @BeforeEach
    void aUser() {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
        username = "t-audit-" + System.nanoTime() % 1_000_000;
        accounts.ensureUser(username, "审计测试", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
    }

    @Test
    void signInsFailuresLocksAndSignOutsAreRecordedWithTheAddressAndNoPassword() {
        assertThat(signIn(username, "wrong-guess-1", "10.20.30.40")).hasRedirectedUrl("/login?error");
        for (int i = 2; i <= 5; i++) {
            signIn(username, "wrong-guess-" + i, "10.20.30.40");
        }
        MvcTestResult signedIn = signIn(username, PASSWORD, "10.20.30.41");
        assertThat(signedIn).hasRedirectedUrl("/login?locked");
        jdbc.sql("delete from login_lock where username = :u")
                .param("u", username)
                .update();
        signedIn = signIn(username, PASSWORD, "10.20.30.41");
        assertThat(signedIn).hasRedirectedUrl("/");
        assertThat(mvc.post()
                        .uri("/logout")
                        .cookie(SignIn.session(signedIn))
                        .with(csrf())
                        .with(from("10.20.30.41")))
                .hasRedirectedUrl("/login?logout");

        List<Map<String, Object>> events = events(username);
        assertThat(events)
                .extracting(e -> e.get("action") + " " + e.get("address"))
                .containsExactly(
                        "SIGN_IN_FAILED 10.20.30.40",
                        "SIGN_IN_FAILED 10.20.30.40",
                        "SIGN_IN_FAILED 10.20.30.40",
                        "SIGN_IN_FAILED 10.20.30.40",
                        "SIGN_IN_FAILED 10.20.30.40",
                        "LOCKED 10.20.30.40",
                        "SIGN_IN_FAILED 10.20.30.41",
                        "SIGN_IN 10.20.30.41",
                        "SIGN_OUT 10.20.30.41");
        assertThat(events).allSatisfy(e -> assertThat(e.get("region_code")).isEqualTo("970101"));
        String everything = jdbc.sql("select string_agg(concat_ws('|', actor, action, object_type, object_id,"
                        + " object_label, address), ';') from audit_record where lower(actor) = :u")
                .param("u", username)
                .query(String.class)
                .single();
        assertThat(everything).doesNotContain(PASSWORD, "wrong-guess", "JSESSIONID", "SESSION=");
    }

    @Test
    void unknownUsernamesAreRecordedForTheGlobalAdministratorOnly() {
        String nobody = "nobody-" + System.nanoTime();
        signIn(nobody, "guess", "10.20.30.50");
        assertThat(events(nobody)).extracting(e -> e.get("action")).containsExactly("SIGN_IN_FAILED");
        assertThat(events(nobody).get(0).get("region_code")).isNull();
        assertThat(page("/admin/audit?type=SESSION&actor=" + nobody, TestAdmins.GLOBAL))
                .contains(nobody, "from 10.20.30.50");
        assertThat(page("/admin/audit?type=SESSION&actor=" + nobody, TestAdmins.COUNTY))
                .doesNotContain("from 10.20.30.50");
    }

    @Test
    void aRegionAdministratorReadsItsUsersSignInsAndNoOneChangesTheTrail() {
        signIn(username, PASSWORD, "10.20.30.60");
        assertThat(page("/admin/audit?type=SESSION&actor=" + username, TestAdmins.COUNTY))
                .contains("Signed in", "from 10.20.30.60");
        assertThat(mvc.get().uri("/admin/audit").with(as(username))).hasStatus(403);
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where lower(actor) = :u")
                        .param("u", username)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_record set address = 'x' where lower(actor) = :u")
                        .param("u", username)
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void everyExportIsRecordedWithItsFilters() {
        assertThat(mvc.get()
                        .uri("/hazards/export.csv?q=审计&grade=MAJOR")
                        .with(as(username))
                        .with(from("10.20.30.70")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/overdue/export.xlsx").with(as(username)).with(from("10.20.30.70")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/hazards/export.pdf").with(as(username))).hasStatus(404);
        List<Map<String, Object>> events = events(username);
        assertThat(events)
                .extracting(e -> e.get("action") + " " + e.get("object_label") + " " + e.get("address"))
                .containsExactly(
                        "EXPORT /hazards/export.csv?q=%E5%AE%A1%E8%AE%A1&grade=MAJOR 10.20.30.70",
                        "EXPORT /overdue/export.xlsx 10.20.30.70");
        // The trail shows what was exported and with which filters, not the address.
        assertThat(page("/admin/audit?type=EXPORT&actor=" + username, TestAdmins.GLOBAL))
                .contains("Exported", "Overdue review (XLSX) · no filter", "Hazard ledger (CSV) · q=审计 · grade=MAJOR")
                .doesNotContain("/overdue/export.xlsx");
    }

    @Test
    void guessingAcrossUsernamesFromOneAddressPausesSignInsFromIt() {
        String address = "10.66." + (System.nanoTime() % 200) + "." + (System.nanoTime() % 250);
        // As if the address had failed all but once already (across other usernames), a minute ago.
        jdbc.sql("insert into login_address_lock (address, failures, window_started_at)"
                        + " values (:a, :n, now() - interval '1 minute')")
                .param("a", address)
                .param("n", loginLocks.maxAddressFailures() - 1)
                .update();
        assertThat(signIn("guess-" + System.nanoTime(), "guess", address)).hasRedirectedUrl("/login?error");
        assertThat(signIn(username, PASSWORD, address))
                .as("the right password of another user is not even checked")
                .hasRedirectedUrl("/login?throttled");
        assertThat(mvc.get().uri("/login?throttled").header("Accept-Language", "en"))
                .bodyText()
                .contains("Too many failed sign-ins from your network");
        assertThat(signIn(username, PASSWORD, "10.66.0.1"))
                .as("other addresses go on")
                .hasRedirectedUrl("/");
        assertThat(events(username)).extracting(e -> e.get("action")).contains("THROTTLED");
    }

    // ---- helpers ------------------------------------------------------------------------------

    MvcTestResult signIn(String name, String password, String address) {
        return mvc.post()
                .uri("/login")
                .param("username", name)
                .param("password", password)
                .with(csrf())
                .with(from(address))
                .exchange();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    List<Map<String, Object>> events(String actor) {
        return jdbc.sql("select action, object_label, address, region_code from audit_record"
                        + " where lower(actor) = lower(:u) and object_type in ('SESSION', 'EXPORT') order by id")
                .param("u", actor)
                .query()
                .listOfRows();
    }

    String page(String uri, String admin) {
        try {
            return mvc.get()
                    .uri(uri)
                    .header("Accept-Language", "en")
                    .with(as(admin))
                    .exchange()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    RequestPostProcessor as(String name) {
        return user(userDetails.loadUserByUsername(name));
    }
}
