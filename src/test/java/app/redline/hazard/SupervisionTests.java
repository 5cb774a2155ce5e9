package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Urging (supervisors only, once a day, notifies the enterprise) and listing for supervision (only
 * governments, only MAJOR, only in scope; delisted when closed), and the notifications they leave.
 */
@RedlineTest
class SupervisionTests {

    static final String PASSWORD = TestAdmins.PASSWORD;

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
    HazardRepository hazards;

    @Autowired
    JdbcClient jdbc;

    SupervisionFixture people;
    ScopeFixture fixture;
    Long managerId;

    @BeforeEach
    void users() {
        people = new SupervisionFixture(organizationSeeds, accounts, seeds, jdbc);
        fixture = people.scope;
        managerId = people.managerId;
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    Long seed(HazardGrade grade, HazardState state, String description) {
        return people.hazard(grade, state, 0, description);
    }

    long notifications(Long userId, Long hazardId, String type) {
        return people.notifications(userId, hazardId, type);
    }

    long events(Long hazardId, String type) {
        return jdbc.sql("select count(*) from hazard_event where hazard_id = :h and type = :t")
                .param("h", hazardId)
                .param("t", type)
                .query(Long.class)
                .single();
    }

    @Test
    void aSupervisorUrgesOnceADayAndTheManagerIsNotified() {
        Long id = seed(HazardGrade.GENERAL, HazardState.RECTIFYING, "催办测试" + System.nanoTime());

        assertThat(mvc.post()
                        .uri("/hazards/{id}/urge", id)
                        .param("back", "/overdue?region=970101001")
                        .with(as("t-supervisor"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/overdue?region=970101001")
                .flash()
                .containsEntry("message", "hazard.urged");
        assertThat(events(id, "URGED")).isEqualTo(1);
        assertThat(notifications(managerId, id, "URGED")).isEqualTo(1);

        assertThat(mvc.post()
                        .uri("/hazards/{id}/urge", id)
                        .with(as("t-chem-supervisor"))
                        .with(csrf()))
                .flash()
                .containsEntry("problem", "hazard.urge.alreadyToday");
        assertThat(events(id, "URGED")).isEqualTo(1);
        assertThat(notifications(managerId, id, "URGED")).isEqualTo(1);
    }

    @Test
    void theOverdueReviewOffersAnUrgeFormWithItsCsrfTokenPerRow() throws Exception {
        Long id = people.hazard(HazardGrade.GENERAL, HazardState.RECTIFYING, -3, "逾期催办表单" + System.nanoTime());
        String body = mvc.get()
                .uri("/overdue?region=970101001")
                .header("Accept-Language", "en")
                .with(as("t-supervisor"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int form = body.indexOf("action=\"/hazards/" + id + "/urge\"");
        assertThat(form).isPositive();
        assertThat(body.substring(form, body.indexOf("</form>", form))).contains("name=\"_csrf\"", "name=\"back\"");
        assertThat(body).contains("href=\"/hazards/" + id + "\"");
        assertThat(mvc.get().uri("/overdue").with(as("t-chem-manager")))
                .bodyText()
                .doesNotContain("/urge\"");
    }

    @Test
    void onlySupervisorsInScopeUrge() {
        Long id = seed(HazardGrade.GENERAL, HazardState.RECTIFYING, "催办权限" + System.nanoTime());
        assertThat(mvc.post()
                        .uri("/hazards/{id}/urge", id)
                        .with(as("t-chem-manager"))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/hazards/{id}/urge", id)
                        .with(as("t-west-supervisor"))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/hazards/{id}/urge", id)
                        .param("back", "https://evil.example/")
                        .with(as("t-supervisor"))
                        .with(csrf()))
                .hasRedirectedUrl("/hazards/" + id);
        assertThat(events(id, "URGED")).isEqualTo(1);
    }

    @Test
    void aGovernmentListsAMajorHazardAndOnlyItsWriteOffEndsTheListing() {
        Long id = seed(HazardGrade.MAJOR, HazardState.PENDING_ACCEPTANCE, "挂牌测试" + System.nanoTime());
        LocalDate due = Today.date().plusDays(30);

        assertThat(list(id, "t-chem-supervisor", due, "限期整改")).hasStatus(403);
        assertThat(list(id, "t-west-supervisor", due, "限期整改")).hasStatus(404);
        // Refused: the page again, the deadline marked and the requirements typed still there.
        assertThat(list(id, "t-supervisor", null, "限期整改"))
                .hasStatusOk()
                .model()
                .extractingBindingResult("listing")
                .hasFieldErrorCode("listingDeadline", "hazard.field.required");
        assertThat(list(id, "t-supervisor", null, "限期整改")).bodyText().contains("限期整改");
        assertThat(hazards.findById(id).orElseThrow().isListed()).isFalse();

        assertThat(list(id, "t-supervisor", due, "区政府挂牌督办，限期整改")).flash().containsEntry("message", "hazard.listed");
        Hazard listed = hazards.findById(id).orElseThrow();
        assertThat(listed.isListed()).isTrue();
        assertThat(listed.getListedByUnitId()).isEqualTo(fixture.countyGovernment);
        assertThat(listed.getListingDeadline()).isEqualTo(due);
        assertThat(events(id, "LISTED")).isEqualTo(1);
        assertThat(notifications(managerId, id, "LISTED")).isEqualTo(1);
        assertThat(list(id, "t-supervisor", due, "再次挂牌")).model().containsEntry("problem", "hazard.listing.already");

        assertThat(mvc.get()
                        .uri("/hazards/{id}", id)
                        .header("Accept-Language", "en")
                        .with(as("t-chem-manager")))
                .bodyText()
                .contains("Listed for supervision", "区政府挂牌督办，限期整改");
        assertThat(mvc.get().uri("/overdue").header("Accept-Language", "en").with(as("t-supervisor")))
                .hasStatusOk();

        // A listed hazard is not closed by an acceptance: it is written off (MajorClosingTests).
        assertThat(mvc.post()
                        .uri("/hazards/{id}/accept", id)
                        .param(
                                "version",
                                Long.toString(hazards.findById(id).orElseThrow().getVersion()))
                        .with(as("t-chem-inspector"))
                        .with(csrf()))
                .model()
                .containsEntry("problem", "hazard.closing.notReady");
        assertThat(hazards.findById(id).orElseThrow().isListed()).isTrue();
    }

    @Test
    void onlyMajorHazardsAreListed() {
        Long id = seed(HazardGrade.GENERAL, HazardState.RECTIFYING, "一般不挂牌" + System.nanoTime());
        assertThat(list(id, "t-supervisor", Today.date().plusDays(10), "督办"))
                .model()
                .containsEntry("problem", "hazard.listing.majorOnly");
        assertThat(hazards.findById(id).orElseThrow().isListed()).isFalse();
        assertThat(events(id, "LISTED")).isZero();
    }

    @Test
    void theBellCountsUnreadAndOnlyTheRecipientOpensANotification() {
        Long id = seed(HazardGrade.GENERAL, HazardState.RECTIFYING, "铃铛测试" + System.nanoTime());
        mvc.post()
                .uri("/hazards/{id}/urge", id)
                .with(as("t-supervisor"))
                .with(csrf())
                .exchange();
        Long notification = jdbc.sql("select id from notification where hazard_id = :h and recipient_id = :u")
                .param("h", id)
                .param("u", managerId)
                .query(Long.class)
                .single();

        assertThat(mvc.get()
                        .uri("/notifications?unread=true")
                        .header("Accept-Language", "en")
                        .with(as("t-chem-manager")))
                .hasStatusOk()
                .bodyText()
                .contains("Urged by 测试东区人民政府", "铃铛测试", "unread");
        assertThat(mvc.post()
                        .uri("/notifications/{id}/read", notification)
                        .with(as("t-supervisor"))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/notifications/{id}/read", notification)
                        .with(as("t-chem-manager"))
                        .with(csrf()))
                .hasRedirectedUrl("/hazards/" + id);
        assertThat(jdbc.sql("select read_at is not null from notification where id = :id")
                        .param("id", notification)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(mvc.post()
                        .uri("/notifications/read-all")
                        .with(as("t-chem-manager"))
                        .with(csrf()))
                .hasRedirectedUrl("/notifications");
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = :u and read_at is null")
                        .param("u", managerId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MvcTestResult list(Long id, String username, LocalDate deadline, String note) {
        var request = mvc.post()
                .uri("/hazards/{id}/listing", id)
                .param(
                        "version",
                        Long.toString(hazards.findById(id).orElseThrow().getVersion()))
                .param("listingNote", note)
                .with(as(username))
                .with(csrf());
        if (deadline != null) {
            request = request.param("listingDeadline", deadline.toString());
        }
        return request.exchange();
    }
}
