package app.redline.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.RiskLevel;
import java.math.BigDecimal;
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

@RedlineTest
class RiskRegisterTests {

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
    Long enterprise;
    RequestPostProcessor manager;

    @BeforeEach
    void setUp() {
        fixture = new ScopeFixture(organizationSeeds);
        FreshEnterprise fresh = FreshEnterprise.create(organizationSeeds, accounts, "风险测试仓储", "Register2026pw");
        enterprise = fresh.id();
        manager = user(userDetails.loadUserByUsername(fresh.manager()));
    }

    MvcTestResult post(String uri, RequestPostProcessor who, Map<String, String> params) {
        var request =
                mvc.post().uri(uri).header("Accept-Language", "en").with(who).with(csrf());
        for (var p : params.entrySet()) {
            request = request.param(p.getKey(), p.getValue());
        }
        return request.exchange();
    }

    Long unitWithObject() {
        post("/enterprises/" + enterprise + "/risks/objects", manager, Map.of("name", "成品仓库", "kind", "STORAGE"));
        Long object = jdbc.sql("select id from risk_object where enterprise_id = :e")
                .param("e", enterprise)
                .query(Long.class)
                .single();
        MvcTestResult created = post(
                "/enterprises/" + enterprise + "/risks/units",
                manager,
                Map.of("objectId", object.toString(), "name", "货架区", "responsiblePerson", "李四"));
        return Long.valueOf(created.getResponse().getRedirectedUrl().replace("/risks/units/", ""));
    }

    String riskLevel(String table, Long id) {
        return jdbc.sql("select " + (table.equals("unit") ? "risk_level" : "level") + " from " + table
                        + " where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void levelsBeginWhereTheDefaultThresholdsSay() {
        var ls = Map.of(
                RiskLevel.RED, new BigDecimal("20"),
                RiskLevel.ORANGE, new BigDecimal("15"),
                RiskLevel.YELLOW, new BigDecimal("9"),
                RiskLevel.BLUE, BigDecimal.ZERO);
        assertThat(RiskThresholds.levelOf(ls, new BigDecimal("25"))).isEqualTo(RiskLevel.RED);
        assertThat(RiskThresholds.levelOf(ls, new BigDecimal("20"))).isEqualTo(RiskLevel.RED);
        assertThat(RiskThresholds.levelOf(ls, new BigDecimal("16"))).isEqualTo(RiskLevel.ORANGE);
        assertThat(RiskThresholds.levelOf(ls, new BigDecimal("15"))).isEqualTo(RiskLevel.ORANGE);
        assertThat(RiskThresholds.levelOf(ls, new BigDecimal("12"))).isEqualTo(RiskLevel.YELLOW);
        assertThat(RiskThresholds.levelOf(ls, new BigDecimal("9"))).isEqualTo(RiskLevel.YELLOW);
        assertThat(RiskThresholds.levelOf(ls, new BigDecimal("8"))).isEqualTo(RiskLevel.BLUE);
        // The thresholds in the database are the defaults the README states.
        Map<String, BigDecimal> lec = new java.util.HashMap<>();
        jdbc.sql("select level, min_score from risk_threshold where method = 'LEC'")
                .query(rs -> {
                    lec.put(rs.getString(1), rs.getBigDecimal(2));
                });
        assertThat(lec.get("RED")).isEqualByComparingTo("320");
        assertThat(lec.get("ORANGE")).isEqualByComparingTo("160");
        assertThat(lec.get("YELLOW")).isEqualByComparingTo("70");
    }

    @Test
    void aUnitTakesItsHighestEventAndTheEnterpriseItsHighestUnit() {
        Long unit = unitWithObject();
        assertThat(riskLevel("risk_unit", unit)).isNull();

        // LS 2 × 3 = 6: low.
        post(
                "/risks/units/" + unit + "/events",
                manager,
                Map.of("description", "货物坍塌", "method", "LS", "likelihood", "2", "severity", "3"));
        assertThat(riskLevel("risk_unit", unit)).isEqualTo("BLUE");
        assertThat(riskLevel("unit", enterprise)).isEqualTo("BLUE");

        // LEC 3 × 6 × 40 = 720: major, for the unit and the enterprise.
        post(
                "/risks/units/" + unit + "/events",
                manager,
                Map.of("description", "叉车伤人", "method", "LEC", "likelihood", "3", "exposure", "6", "severity", "40"));
        assertThat(riskLevel("risk_unit", unit)).isEqualTo("RED");
        assertThat(riskLevel("unit", enterprise)).isEqualTo("RED");
        assertThat(jdbc.sql("select score from risk_event where unit_id = :u and method = 'LEC'")
                        .param("u", unit)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("720");
        // Each change is in the history, the enterprise's new level too.
        assertThat(jdbc.sql("select count(*) from audit_record where object_type = 'RISK_EVENT' and object_id in"
                                + " (select id::text from risk_event where unit_id = :u)")
                        .param("u", unit)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_record r join audit_change c on c.audit_id = r.id"
                                + " where r.object_type = 'UNIT' and r.object_id = :e and c.field = 'riskLevel'"
                                + " and c.new_value = 'RED'")
                        .param("e", enterprise.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThat(mvc.get()
                        .uri("/risks/units/" + unit)
                        .header("Accept-Language", "en")
                        .with(manager)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("L 3 × E 6 × C 40 = 720", "Major risk (red)", "叉车伤人");
    }

    @Test
    void factorsOutsideTheirScaleAreRefusedWithAMessageAndNothingChanges() {
        Long unit = unitWithObject();
        assertThat(post(
                        "/risks/units/" + unit + "/events",
                        manager,
                        Map.of("description", "触电", "method", "LS", "likelihood", "6", "severity", "3")))
                .hasStatusOk()
                .bodyText()
                .contains("Outside the method&#39;s scale", "触电");
        assertThat(post(
                        "/risks/units/" + unit + "/events",
                        manager,
                        Map.of("description", "触电", "method", "LEC", "likelihood", "3", "severity", "3")))
                .hasStatusOk()
                .bodyText()
                .contains("LEC needs the exposure (E).");
        assertThat(post(
                        "/risks/units/" + unit + "/events",
                        manager,
                        Map.of("description", "触电", "method", "LS", "likelihood", "abc", "severity", "3")))
                .hasStatusOk()
                .bodyText()
                .contains("Not a valid value.");
        assertThat(jdbc.sql("select count(*) from risk_event where unit_id = :u")
                        .param("u", unit)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyTheEnterprisesOwnManagersKeepItAndOthersOutsideItsScopeDoNotFindIt() {
        Long unit = unitWithObject();
        accounts.ensureUser(
                "t-risk-mall", "商场安全员", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), "Register2026pw");
        accounts.ensureUser(
                "t-risk-gov", "东区政府监管", fixture.countyGovernment, Set.of(Role.SUPERVISOR), "Register2026pw");
        var otherManager = user(userDetails.loadUserByUsername("t-risk-mall"));
        var government = user(userDetails.loadUserByUsername("t-risk-gov"));
        Map<String, String> event = Map.of("description", "坍塌", "method", "LS", "likelihood", "2", "severity", "2");

        assertThat(mvc.get().uri("/risks/units/" + unit).with(government).exchange())
                .hasStatusOk();
        assertThat(post("/risks/units/" + unit + "/events", government, event)).hasStatus(403);
        assertThat(mvc.get().uri("/risks/units/" + unit).with(otherManager).exchange())
                .hasStatus(404);
        assertThat(post("/risks/units/" + unit + "/events", otherManager, event))
                .hasStatus(404);
        assertThat(post(
                        "/enterprises/" + enterprise + "/risks/objects",
                        otherManager,
                        Map.of("name", "x", "kind", "PLACE")))
                .hasStatus(404);
        assertThat(jdbc.sql("select count(*) from risk_event where unit_id = :u")
                        .param("u", unit)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theManagerCorrectsAUnitAndStopsATaskAndAStaleFormIsRefused() {
        Long unit = unitWithObject();
        long version = jdbc.sql("select version from risk_unit where id = :id")
                .param("id", unit)
                .query(Long.class)
                .single();
        Map<String, String> edit = new java.util.HashMap<>(Map.of(
                "name",
                "高位货架区",
                "responsiblePerson",
                "王五",
                "responsiblePhone",
                "13900000000",
                "version",
                String.valueOf(version)));
        assertThat(post("/risks/units/" + unit, manager, edit)).hasRedirectedUrl("/risks/units/" + unit);
        assertThat(jdbc.sql(
                                "select name || '/' || responsible_person || '/' || responsible_phone from risk_unit where id = :id")
                        .param("id", unit)
                        .query(String.class)
                        .single())
                .isEqualTo("高位货架区/王五/13900000000");
        // The same form again, read before the change: someone changed the unit meanwhile.
        edit.put("responsiblePerson", "赵六");
        assertThat(post("/risks/units/" + unit, manager, edit)).hasStatus(409);
        // A blank responsible person is refused on the page with what was typed.
        edit.put("version", String.valueOf(version + 1));
        edit.put("responsiblePerson", " ");
        assertThat(post("/risks/units/" + unit, manager, edit))
                .hasStatusOk()
                .bodyText()
                .contains("高位货架区");
        assertThat(jdbc.sql("select responsible_person from risk_unit where id = :id")
                        .param("id", unit)
                        .query(String.class)
                        .single())
                .isEqualTo("王五");

        post(
                "/risks/units/" + unit + "/events",
                manager,
                Map.of("description", "货物坍塌", "method", "LS", "likelihood", "2", "severity", "3"));
        Long event = jdbc.sql("select id from risk_event where unit_id = :u")
                .param("u", unit)
                .query(Long.class)
                .single();
        post(
                "/risks/units/" + unit + "/measures",
                manager,
                Map.of("eventId", event.toString(), "kind", "BEHAVIOUR", "description", "限高堆放"));
        Long measure = jdbc.sql("select id from control_measure where event_id = :e")
                .param("e", event)
                .query(Long.class)
                .single();
        post(
                "/risks/units/" + unit + "/tasks",
                manager,
                Map.of("measureId", measure.toString(), "content", "检查堆放高度", "cycle", "DAY", "post", "仓管员"));
        Long task = jdbc.sql("select id from investigation_task where unit_id = :u")
                .param("u", unit)
                .query(Long.class)
                .single();
        assertThat(post("/risks/units/" + unit + "/tasks/" + task + "/stop", manager, Map.of()))
                .hasRedirectedUrl("/risks/units/" + unit);
        assertThat(post("/risks/units/" + unit + "/tasks/" + task + "/stop", manager, Map.of()))
                .hasRedirectedUrl("/risks/units/" + unit);
        assertThat(jdbc.sql("select active from investigation_task where id = :t")
                        .param("t", task)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(mvc.get()
                        .uri("/investigations")
                        .header("Accept-Language", "en")
                        .with(manager)
                        .exchange())
                .bodyText()
                .doesNotContain("检查堆放高度");
        // Another unit's task id under this unit is not found.
        assertThat(post("/risks/units/" + unit + "/tasks/999999999/stop", manager, Map.of()))
                .hasStatus(404);
    }

    @Test
    void aSecondObjectOfTheSameNameIsRefused() {
        unitWithObject();
        assertThat(post(
                        "/enterprises/" + enterprise + "/risks/objects",
                        manager,
                        Map.of("name", "成品仓库", "kind", "WORKSHOP")))
                .hasStatusOk()
                .bodyText()
                .contains("The enterprise has a risk object of this name already.");
    }
}
