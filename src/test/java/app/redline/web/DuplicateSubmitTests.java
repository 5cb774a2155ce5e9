package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
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
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHazardReportSentTwiceIsReportedOnce() throws Exception {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
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

    @Test
    void aRefusedReportIsCorrectedAndSentAgainWithItsTokenAndItsPhotos() throws Exception {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
        accounts.ensureUser(
                "t-again-inspector", "更正检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), TestAdmins.PASSWORD);
        RequestPostProcessor inspector = user(userDetails.loadUserByUsername("t-again-inspector"));
        String token = "again" + System.nanoTime();
        String description = "更正后上报" + System.nanoTime();

        // Refused: no description. The photo is kept and the form comes back with it.
        MvcTestResult refused = mvc.post()
                .uri("/hazards")
                .multipart()
                .file(new MockMultipartFile("photos", "exit.png", "image/png", png()))
                .param("_submission", token)
                .param("enterpriseId", fixture.commerceInCounty.toString())
                .param("location", "一楼")
                .param("category", "UNSAFE_CONDITION")
                .param("grade", "GENERAL")
                .with(inspector)
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatusOk();
        Matcher kept = Pattern.compile("name=\"kept\" value=\"(\\d+)\"")
                .matcher(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(kept.find()).isTrue();

        // Corrected and sent again with the same token (Back in the browser): created once, with the photo.
        assertThat(mvc.post()
                        .uri("/hazards")
                        .param("_submission", token)
                        .param("kept", kept.group(1))
                        .param("enterpriseId", fixture.commerceInCounty.toString())
                        .param("location", "一楼")
                        .param("description", description)
                        .param("category", "UNSAFE_CONDITION")
                        .param("grade", "GENERAL")
                        .with(inspector)
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(report(inspector, fixture.commerceInCounty, description, token))
                .hasStatus(409);
        assertThat(jdbc.sql("select count(*) from hazard where description = :d")
                        .param("d", description)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from hazard_photo p join hazard h on h.id = p.hazard_id"
                                + " where h.description = :d")
                        .param("d", description)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // Another user cannot see or take the kept photo.
        accounts.ensureUser(
                "t-twice-inspector", "重复提交检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), TestAdmins.PASSWORD);
        assertThat(mvc.get()
                        .uri("/hazards/uploads/{id}/thumb", kept.group(1))
                        .with(user(userDetails.loadUserByUsername("t-twice-inspector"))))
                .hasStatus(404);
    }

    static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
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
