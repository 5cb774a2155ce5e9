package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.account.AccountService;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * My work (待我处理): the header's count, the home page's list and the ledger's "my work" filter
 * each equal an independent SQL count of what waits for the user — the enterprise's manager, the
 * inspector of the department that found the hazards, and a supervisor of another county's
 * government, who sees none of it.
 */
@RedlineTest
class MyWorkTests {

    static final Pattern BADGE = Pattern.compile("id=\"work-count\">(\\d+)<");
    static final Pattern TOTAL = Pattern.compile("id=\"hazard-total\">(\\d+) ");
    static final Pattern ITEM = Pattern.compile("class=\"py-1 border-bottom work-item work-hazard\"");

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
    HazardSeeds seeds;

    @Autowired
    JdbcClient jdbc;

    SupervisionFixture people;

    @BeforeEach
    void hazards() {
        people = new SupervisionFixture(organizationSeeds, accounts, seeds, jdbc);
        String tag = "我的待办" + System.nanoTime();
        people.hazard(HazardGrade.GENERAL, HazardState.REPORTED, 10, tag + "-1");
        people.hazard(HazardGrade.MAJOR, HazardState.RECTIFYING, -3, tag + "-2");
        people.hazard(HazardGrade.GENERAL, HazardState.PENDING_ACCEPTANCE, 5, tag + "-3");
        people.hazard(HazardGrade.GENERAL, HazardState.PENDING_ACCEPTANCE, -1, tag + "-4");
        people.hazard(HazardGrade.GENERAL, HazardState.CLOSED, 5, tag + "-5");
    }

    long sql(String query, Long param) {
        return jdbc.sql(query).param("p", param).query(Long.class).single();
    }

    String page(String username, String uri) throws UnsupportedEncodingException {
        return mvc.get()
                .uri(uri)
                .header("Accept-Language", "en")
                .with(user(userDetails.loadUserByUsername(username)))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static long number(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return Long.parseLong(m.group(1));
    }

    void check(String username, long expected) throws Exception {
        assertThat(expected).as("fewer than the cap, so the counts are exact").isLessThan(100);
        String home = page(username, "/");
        assertThat(number(BADGE, home))
                .as(
                        "hazards %d, inspections %d, campaigns %d; %s",
                        hazardsOnly(username),
                        inspections(username),
                        campaigns(username),
                        home.replaceAll("(?s).*id=\"my-work-items\">(.*?)</ul>.*", "$1"))
                .isEqualTo(expected);
        assertThat(number(TOTAL, page(username, "/hazards?mine=true"))).isEqualTo(hazardsOnly(username));
        assertThat(ITEM.matcher(home).results().count())
                .as("the first hazards waiting")
                .isEqualTo(Math.min(hazardsOnly(username), 10));
    }

    long hazardsOnly(String username) {
        return switch (username) {
            case "t-chem-manager" ->
                sql(
                        "select count(*) from hazard where enterprise_id = :p and (state in ('REPORTED', 'RECTIFYING')"
                                + " or closing_step in ('EVALUATION', 'RESTART_APPLICATION', 'WRITE_OFF_APPLICATION')"
                                + " or (self_found and grade = 'GENERAL' and state <> 'CLOSED' and (state = 'PENDING_ACCEPTANCE'"
                                + " or exists (select 1 from hazard_extension x where x.hazard_id = hazard.id"
                                + " and x.status = 'PENDING'))))",
                        people.scope.chemicalsInTown);
            case "t-chem-inspector" ->
                sql(
                        "select count(*) from hazard h join unit e on e.id = h.enterprise_id"
                                + " where h.state <> 'CLOSED' and e.region_code like '970101%'"
                                + " and exists (select 1 from unit_industry ui where ui.unit_id = e.id and ui.industry_code = 'T_CHEMICALS')"
                                + " and ((not h.self_found and h.found_by_unit_id = :p) or (h.self_found and h.grade = 'MAJOR'))"
                                + " and ((h.state = 'PENDING_ACCEPTANCE' and (h.closing_step is null"
                                + " or h.closing_step in ('RESTART_DECISION', 'ACCEPTANCE', 'WRITE_OFF_CHECK')))"
                                + " or exists (select 1 from hazard_extension x"
                                + " where x.hazard_id = h.id and x.status = 'PENDING'))",
                        people.scope.chemicalsDepartment);
            default -> 0;
        };
    }

    /** Campaign tasks: self-inspections asked of the manager's enterprise, visits not made by the inspector. */
    long campaigns(String username) {
        return sql(
                "select (select count(*) from campaign_target t join campaign c on c.id = t.campaign_id"
                        + " join app_user u on u.unit_id = t.enterprise_id and u.username = '" + username + "'"
                        + " where c.mode in ('SELF', 'BOTH') and c.starts_on <= (now() at time zone 'Asia/Shanghai')::date and c.ends_on >= (now() at time zone 'Asia/Shanghai')::date"
                        + " and not exists (select 1 from inspection i where i.campaign_id = c.id"
                        + " and i.enterprise_id = t.enterprise_id and i.type = 'SELF_INSPECTION' and i.state = 'COMPLETED'))"
                        + " + (select count(*) from campaign_target t join campaign c on c.id = t.campaign_id"
                        + " join app_user u on u.id = t.inspector_id and u.username = '" + username + "'"
                        + " where c.ends_on >= (now() at time zone 'Asia/Shanghai')::date and not exists (select 1 from inspection i"
                        + " where i.campaign_id = c.id and i.enterprise_id = t.enterprise_id"
                        + " and i.type = 'SPECIAL_CAMPAIGN' and i.state = 'COMPLETED')) + 0 * :p",
                0L);
    }

    long inspections(String username) {
        return sql(
                "select count(*) from inspection i join app_user u on u.id = i.created_by where u.username = '"
                        + username + "' and (i.state = 'DRAFT' or (i.hazards_raised > 0 and i.type <> 'SELF_INSPECTION'"
                        + " and not exists (select 1 from rectification_notice n where n.inspection_id = i.id)))"
                        + " and :p is not null",
                0L);
    }

    @Test
    void theManagerHasThePlansAndRectificationsOfTheEnterprise() throws Exception {
        long expected = hazardsOnly("t-chem-manager") + inspections("t-chem-manager") + campaigns("t-chem-manager");
        assertThat(expected).isGreaterThanOrEqualTo(2);
        check("t-chem-manager", expected);
    }

    @Test
    void theInspectorHasTheAcceptancesOfWhatTheDepartmentFound() throws Exception {
        long expected =
                hazardsOnly("t-chem-inspector") + inspections("t-chem-inspector") + campaigns("t-chem-inspector");
        assertThat(hazardsOnly("t-chem-inspector")).isGreaterThanOrEqualTo(2);
        check("t-chem-inspector", expected);
    }

    @Test
    void anotherCountysSupervisorHasNoneOfIt() throws Exception {
        String home = page("t-west-supervisor", "/");
        assertThat(number(BADGE, home)).isZero();
        assertThat(home).contains("id=\"my-work-none\"");
        assertThat(number(TOTAL, page("t-west-supervisor", "/hazards?mine=true")))
                .isZero();
    }
}
