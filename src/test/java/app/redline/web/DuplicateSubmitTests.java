package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationService;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A form that creates something, sent twice (a double click, a reload), creates it once. */
@RedlineTest
class DuplicateSubmitTests {

    static final Pattern TOKEN = Pattern.compile("name=\"_submission\" value=\"(\\w+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHazardReportSentTwiceIsReportedOnce() throws Exception {
        ScopeFixture fixture = new ScopeFixture(organization);
        TestAdmins.ensure(accounts, fixture);
        accounts.ensureUser(
                "t-twice-inspector", "重复提交检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), TestAdmins.PASSWORD);
        RequestPostProcessor inspector = user(userDetails.loadUserByUsername("t-twice-inspector"));
        String form = mvc.get()
                .uri("/hazards/new?enterprise=" + fixture.commerceInCounty)
                .with(inspector)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher token = TOKEN.matcher(form);
        assertThat(token.find()).isTrue();
        String description = "重复提交" + System.nanoTime();

        MvcTestResult first = report(inspector, fixture.commerceInCounty, description, token.group(1));
        assertThat(first).hasStatus3xxRedirection();
        MvcTestResult second = report(inspector, fixture.commerceInCounty, description, token.group(1));
        assertThat(second).hasStatus(409).bodyText().contains("Already sent");
        assertThat(jdbc.sql("select count(*) from hazard where description = :d")
                        .param("d", description)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // A fresh form has a fresh token.
        String again = mvc.get()
                .uri("/hazards/new?enterprise=" + fixture.commerceInCounty)
                .with(inspector)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher other = TOKEN.matcher(again);
        assertThat(other.find()).isTrue();
        assertThat(other.group(1)).isNotEqualTo(token.group(1));
        assertThat(report(inspector, fixture.commerceInCounty, description, other.group(1)))
                .hasStatus3xxRedirection();
    }

    MvcTestResult report(RequestPostProcessor who, Long enterprise, String description, String token) {
        return mvc.post()
                .uri("/hazards")
                .param("_submission", token)
                .param("enterpriseId", enterprise.toString())
                .param("location", "一楼")
                .param("description", description)
                .param("category", "UNSAFE_CONDITION")
                .param("grade", "GENERAL")
                .header("Accept-Language", "en")
                .with(who)
                .with(csrf())
                .exchange();
    }
}
