package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.TestAdmins;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each step of the closed loop is an event, and its notification tells the person whose turn it is
 * (README, "Who is told what"): never the person who took the step, never anybody outside the
 * hazard's scope. Every event is delivered through the event publication registry and completed.
 */
@RedlineTest
class LoopNotificationTests {

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
    Long workerId;
    Long westSupervisorId;
    Long otherInspectorId;
    RequestPostProcessor inspector;
    RequestPostProcessor manager;

    @BeforeEach
    void users() {
        people = new SupervisionFixture(organizationSeeds, accounts, seeds, jdbc);
        workerId = accounts.ensureUser(
                "t-chem-worker",
                "储罐区班长",
                people.scope.chemicalsInTown,
                Set.of(Role.ENTERPRISE_MANAGER),
                TestAdmins.PASSWORD);
        westSupervisorId = jdbc.sql("select id from app_user where username = 't-west-supervisor'")
                .query(Long.class)
                .single();
        // An inspector of another department of the same county: the hazard is not theirs to accept.
        otherInspectorId = accounts.ensureUser(
                "t-trade-inspector-n",
                "商贸检查员",
                people.scope.tradeDepartment,
                Set.of(Role.INSPECTOR),
                TestAdmins.PASSWORD);
        inspector = user(userDetails.loadUserByUsername("t-chem-inspector"));
        manager = user(userDetails.loadUserByUsername("t-chem-manager"));
    }

    long told(Long userId, Long hazardId, String type) {
        return people.notifications(userId, hazardId, type);
    }

    long toldAnything(Long userId, Long hazardId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :u and hazard_id = :h")
                .param("u", userId)
                .param("h", hazardId)
                .query(Long.class)
                .single();
    }

    String detail(Long userId, Long hazardId, String type) {
        return jdbc.sql("select detail from notification where recipient_id = :u and hazard_id = :h and type = :t")
                .param("u", userId)
                .param("h", hazardId)
                .param("t", type)
                .query(String.class)
                .single();
    }

    long version(Long id) {
        return jdbc.sql("select version from hazard where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    void post(RequestPostProcessor who, String uri, String... params) {
        var request = mvc.post().uri(uri).with(who).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        assertThat(request.exchange()).hasStatus3xxRedirection().flash().doesNotContainKey("problem");
    }

    @Test
    void eachStepTellsWhoseTurnItIsAndNobodyElse() {
        String description = "通知测试" + System.nanoTime();
        post(
                inspector,
                "/hazards",
                "enterpriseId",
                people.scope.chemicalsInTown.toString(),
                "location",
                "储罐区",
                "description",
                description,
                "category",
                "UNSAFE_CONDITION",
                "grade",
                "GENERAL");
        Long id = jdbc.sql("select id from hazard where description = :d")
                .param("d", description)
                .query(Long.class)
                .single();
        Long inspectorId = people.inspector.userId();

        // Reported: the enterprise's managers plan.
        assertThat(told(people.managerId, id, "REPORTED")).isEqualTo(1);
        assertThat(told(workerId, id, "REPORTED")).isEqualTo(1);
        assertThat(toldAnything(inspectorId, id)).isZero();

        // Plan assigned by one manager, naming the other as responsible: the other hears of it.
        post(
                manager,
                "/hazards/" + id + "/plan",
                "version",
                Long.toString(version(id)),
                "measures",
                "更换阀门",
                "responsiblePerson",
                "储罐区班长",
                "deadline",
                Today.date().plusDays(10).toString());
        assertThat(told(workerId, id, "PLAN_ASSIGNED")).isEqualTo(1);
        assertThat(told(people.managerId, id, "PLAN_ASSIGNED")).isZero();

        // Extension requested: the department that found it decides.
        post(
                manager,
                "/hazards/" + id + "/extensions",
                "version",
                Long.toString(version(id)),
                "newDeadline",
                Today.date().plusDays(20).toString(),
                "reason",
                "配件到货延迟");
        assertThat(told(inspectorId, id, "EXTENSION_REQUESTED")).isEqualTo(1);
        assertThat(told(people.departmentSupervisorId, id, "EXTENSION_REQUESTED"))
                .isEqualTo(1);
        assertThat(toldAnything(otherInspectorId, id)).isZero();

        post(
                inspector,
                "/hazards/" + id + "/extensions/decision",
                "version",
                Long.toString(version(id)),
                "approve",
                "true");
        assertThat(told(people.managerId, id, "EXTENSION_APPROVED")).isEqualTo(1);
        assertThat(detail(people.managerId, id, "EXTENSION_APPROVED"))
                .isEqualTo(Today.date().plusDays(20).toString());

        // Evidence: the accepting side's turn.
        post(manager, "/hazards/" + id + "/evidence", "version", Long.toString(version(id)), "evidence", "已更换");
        assertThat(told(inspectorId, id, "EVIDENCE_SUBMITTED")).isEqualTo(1);
        assertThat(told(people.departmentSupervisorId, id, "EVIDENCE_SUBMITTED"))
                .isEqualTo(1);

        // Rejected, with its reason: the enterprise again.
        post(inspector, "/hazards/" + id + "/reject", "version", Long.toString(version(id)), "reason", "阀门型号不符");
        assertThat(detail(people.managerId, id, "REJECTED")).isEqualTo("阀门型号不符");
        assertThat(told(workerId, id, "REJECTED")).isEqualTo(1);
        assertThat(told(inspectorId, id, "REJECTED")).isZero();

        post(manager, "/hazards/" + id + "/evidence", "version", Long.toString(version(id)), "evidence", "已按型号更换");
        assertThat(told(inspectorId, id, "EVIDENCE_SUBMITTED")).isEqualTo(2);
        post(inspector, "/hazards/" + id + "/accept", "version", Long.toString(version(id)));
        assertThat(told(people.managerId, id, "ACCEPTED")).isEqualTo(1);

        // Nobody outside the scope heard of any of it; every event was delivered and completed.
        assertThat(toldAnything(westSupervisorId, id)).isZero();
        assertThat(toldAnything(otherInspectorId, id)).isZero();
        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEventDeliveredTwiceTellsEveryoneOnce() {
        Long id = people.hazard(HazardGrade.GENERAL, HazardState.RECTIFYING, 5, "重投测试" + System.nanoTime());
        post(user(userDetails.loadUserByUsername("t-supervisor")), "/hazards/" + id + "/urge");
        assertThat(told(people.managerId, id, "URGED")).isEqualTo(1);
        // The registry delivers an incomplete publication again (after a crash between the
        // notification's commit and the publication's completion): simulate it and resubmit.
        assertThat(jdbc.sql("update event_publication set completion_date = null, status = 'FAILED'"
                                + " where event_type like '%Urged' and serialized_event like :id")
                        .param("id", "%\"id\":" + id + ",%")
                        .update())
                .isEqualTo(1);
        resubmit();
        assertThat(told(people.managerId, id, "URGED")).isEqualTo(1);
    }

    @Autowired
    IncompleteEventPublications incomplete;

    void resubmit() {
        incomplete.resubmitIncompletePublications(publication -> true);
    }
}
