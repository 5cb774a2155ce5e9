package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.inspection.ChecklistTemplate;
import app.redline.inspection.TemplateAdministration;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A script typed into a hazard, a campaign and an inspection comes back as text wherever it is
 * shown — pages, lists, notifications, the notice and exports — never as markup or a formula.
 */
@RedlineTest
class EscapingTests {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

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

    @Autowired
    TemplateAdministration templates;

    @Test
    void scriptPayloadsAreShownAsTextEverywhere() throws Exception {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
        accounts.ensureUser(
                "t-escape-inspector", "转义检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), TestAdmins.PASSWORD);
        accounts.ensureUser(
                "t-escape-safety",
                "转义安全员",
                fixture.commerceInCounty,
                Set.of(Role.ENTERPRISE_MANAGER),
                TestAdmins.PASSWORD);
        String tag = Long.toString(System.nanoTime());
        String description = SCRIPT + tag;

        MvcTestResult reported = mvc.post()
                .uri("/hazards")
                .param("enterpriseId", fixture.commerceInCounty.toString())
                .param("location", SCRIPT)
                .param("description", description)
                .param("category", "UNSAFE_CONDITION")
                .param("grade", "GENERAL")
                .param("legalBasis", "=HYPERLINK(\"http://evil\")")
                .with(as("t-escape-inspector"))
                .with(csrf())
                .exchange();
        assertThat(reported).hasStatus3xxRedirection();
        String hazard = reported.getResponse().getRedirectedUrl();
        assertThat(mvc.post().uri(hazard + "/urge").with(as("t-supervisor")).with(csrf()))
                .hasStatus3xxRedirection();

        for (String page : List.of(hazard, "/hazards?q=" + tag)) {
            assertEscaped(page, "t-escape-inspector");
        }
        assertEscaped("/notifications", "t-escape-safety");

        // A campaign titled with a script, on its list and its page.
        MvcTestResult launched = mvc.post()
                .uri("/campaigns")
                .param("title", description)
                .param("reason", SCRIPT)
                .param("reasonLink", "javascript:alert(1)")
                .param("templateId", templateId().toString())
                .param("startsOn", Today.date().toString())
                .param("endsOn", Today.date().plusDays(5).toString())
                .param("mode", "SELF")
                .param("regionCode", "970101")
                .with(as("t-supervisor"))
                .with(csrf())
                .exchange();
        assertThat(launched)
                .as("a javascript: link is refused")
                .hasStatusOk()
                .bodyText()
                .contains(ESCAPED)
                .doesNotContain(SCRIPT);
        launched = mvc.post()
                .uri("/campaigns")
                .param("title", description)
                .param("reason", SCRIPT)
                .param("templateId", templateId().toString())
                .param("startsOn", Today.date().toString())
                .param("endsOn", Today.date().plusDays(5).toString())
                .param("mode", "SELF")
                .param("regionCode", "970101")
                .with(as("t-supervisor"))
                .with(csrf())
                .exchange();
        String campaign = launched.getResponse().getRedirectedUrl();
        assertEscaped(campaign, "t-supervisor");
        assertEscaped("/campaigns", "t-escape-safety");
        assertEscaped("/", "t-escape-safety");

        // Exports hold the text itself (a spreadsheet shows it as text), and a formula is defused.
        MvcTestResult xlsx = mvc.get()
                .uri("/hazards/export.xlsx?q=" + tag)
                .with(as("t-escape-inspector"))
                .exchange();
        List<String> cells = new ArrayList<>();
        List<String> formulas = new ArrayList<>();
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                rows.skip(1)
                        .forEach(row -> row.forEach(cell -> {
                            if (cell != null) {
                                cells.add(cell.getText());
                                if (cell.getType() == CellType.FORMULA) {
                                    formulas.add(cell.getText());
                                }
                            }
                        }));
            }
        }
        assertThat(cells).contains(description, "=HYPERLINK(\"http://evil\")");
        assertThat(formulas)
                .as("text that looks like a formula stays a text cell")
                .isEmpty();
        String csv = mvc.get()
                .uri("/hazards/export.csv?q=" + tag)
                .with(as("t-escape-inspector"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(description).doesNotContain(",=HYPERLINK");
    }

    void assertEscaped(String page, String username) throws Exception {
        String body = mvc.get()
                .uri(page)
                .header("Accept-Language", "en")
                .with(as(username))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as(page).contains(ESCAPED).doesNotContain(SCRIPT);
    }

    Long templateId() {
        templates.ensure("转义测试检查表", Set.of(), List.of(new ChecklistTemplate.Item("安全出口畅通", null, false)));
        return jdbc.sql("select id from checklist_template where name = '转义测试检查表' and current")
                .query(Long.class)
                .single();
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
