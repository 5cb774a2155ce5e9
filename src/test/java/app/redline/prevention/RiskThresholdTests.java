package app.redline.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.organization.OrganizationSeeds;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The thresholds page: a global administrator changes them, and the register's levels follow at once. */
@RedlineTest
class RiskThresholdTests {

    static final Map<String, String> DEFAULTS = Map.of(
            "lsRed", "20", "lsOrange", "15", "lsYellow", "9", "lecRed", "320", "lecOrange", "160", "lecYellow", "70");

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

    RequestPostProcessor global;
    RequestPostProcessor county;

    @BeforeEach
    void setUp() {
        TestAdmins.ensure(accounts, new ScopeFixture(organizationSeeds));
        global = user(userDetails.loadUserByUsername(TestAdmins.GLOBAL));
        county = user(userDetails.loadUserByUsername(TestAdmins.COUNTY));
    }

    @AfterEach
    void restoreDefaults() {
        save(global, DEFAULTS);
    }

    long version() {
        return jdbc.sql("select sum(version) from risk_threshold")
                .query(Long.class)
                .single();
    }

    MvcTestResult save(RequestPostProcessor who, Map<String, String> values) {
        var request = mvc.post()
                .uri("/admin/risk-thresholds")
                .header("Accept-Language", "en")
                .param("version", String.valueOf(version()))
                .with(who)
                .with(csrf());
        for (var v : values.entrySet()) {
            request = request.param(v.getKey(), v.getValue());
        }
        return request.exchange();
    }

    @Test
    void aGlobalAdministratorMovesAThresholdAndTheEventsUnitsAndEnterprisesFollow() {
        FreshEnterprise fresh = FreshEnterprise.create(organizationSeeds, accounts, "阈值化工", "Register2026pw");
        String csv = RegisterImportTests.HEADER + "罐区,仓储区域,,T-201,,王强,,,泄漏着火,火灾,LS,4,,4,,,,,,,\n";
        mvc.post()
                .uri("/enterprises/" + fresh.id() + "/risks/import")
                .multipart()
                .file(new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(user(userDetails.loadUserByUsername(fresh.manager())))
                .with(csrf())
                .exchange();
        assertThat(level(fresh.id())).isEqualTo("ORANGE");

        assertThat(mvc.get()
                        .uri("/admin/risk-thresholds")
                        .header("Accept-Language", "en")
                        .with(global))
                .hasStatusOk()
                .bodyText()
                .contains("The LS matrix these thresholds give", "save-thresholds");
        var lower = new java.util.HashMap<>(DEFAULTS);
        lower.put("lsRed", "16");
        assertThat(save(global, lower)).hasRedirectedUrl("/admin/risk-thresholds");
        // LS 4 × 4 = 16 now reaches red: the event, its unit and its enterprise are red.
        assertThat(jdbc.sql("select level from risk_event where enterprise_id = :e")
                        .param("e", fresh.id())
                        .query(String.class)
                        .single())
                .isEqualTo("RED");
        assertThat(jdbc.sql("select level from risk_unit where enterprise_id = :e")
                        .param("e", fresh.id())
                        .query(String.class)
                        .single())
                .isEqualTo("RED");
        assertThat(level(fresh.id())).isEqualTo("RED");
        assertThat(jdbc.sql("select count(*) from audit_record where object_type = 'RISK_THRESHOLD'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void thresholdsOutOfOrderOrChangedMeanwhileAreRefusedAndRegionalAdministratorsOnlyRead() {
        long before = version();
        var wrong = new java.util.HashMap<>(DEFAULTS);
        wrong.put("lsOrange", "21");
        assertThat(save(global, wrong))
                .hasStatusOk()
                .bodyText()
                .contains("Each level must begin below the one above it");
        wrong = new java.util.HashMap<>(DEFAULTS);
        wrong.put("lecYellow", "abc");
        assertThat(save(global, wrong)).hasStatusOk();
        assertThat(version()).isEqualTo(before);

        var stale = mvc.post()
                .uri("/admin/risk-thresholds")
                .param("version", String.valueOf(before - 1))
                .with(global)
                .with(csrf());
        for (var v : DEFAULTS.entrySet()) {
            stale = stale.param(v.getKey(), v.getKey().equals("lsRed") ? "21" : v.getValue());
        }
        assertThat(stale.exchange()).hasStatus(409);
        assertThat(version()).isEqualTo(before);

        assertThat(mvc.get()
                        .uri("/admin/risk-thresholds")
                        .header("Accept-Language", "en")
                        .with(county))
                .hasStatusOk()
                .bodyText()
                .contains("Only a global administrator changes the thresholds.")
                .doesNotContain("save-thresholds");
        var changed = new java.util.HashMap<>(DEFAULTS);
        changed.put("lsRed", "21");
        assertThat(save(county, changed)).hasStatus(403);
        assertThat(version()).isEqualTo(before);
    }

    String level(Long enterprise) {
        return jdbc.sql("select risk_level from unit where id = :e")
                .param("e", enterprise)
                .query(String.class)
                .single();
    }
}
