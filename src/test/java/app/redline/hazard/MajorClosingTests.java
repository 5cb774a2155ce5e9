package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.account.AccountService;
import app.redline.organization.OrganizationSeeds;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Closing a major hazard (Order No. 16, Art. 23): accepted only after its treatment is evaluated
 * and production stopped for it restarts with the department's approval; a listed one closes only
 * by write-off — applied for by the enterprise, verified by the department, approved by the
 * government that listed it. Each step is its side's alone, tells whose turn it is next, and a
 * refusal sends the hazard back to rectification with the reason.
 */
@RedlineTest
class MajorClosingTests {

    @Autowired
    MockMvcTester mvc;

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
    void users() {
        people = new SupervisionFixture(organizationSeeds, accounts, seeds, jdbc);
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    long version(Long id) {
        return jdbc.sql("select version from hazard where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    Map<String, Object> hazard(Long id) {
        return jdbc.sql("select state, closing_step, rejections, listed_at from hazard where id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    long count(String sql, Long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    MvcTestResult post(Long id, String path, String who, String... params) {
        var request = mvc.post()
                .uri("/hazards/{id}" + path, id)
                .header("Accept-Language", "en")
                .param("version", String.valueOf(version(id)))
                .with(as(who))
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    MvcTestResult evaluate(Long id, String who, LocalDate on, boolean stopped) {
        return post(
                id,
                "/closing/evaluation",
                who,
                "evaluatorKind",
                "AGENCY",
                "evaluator",
                "江门市安全评估中心",
                "evaluatedOn",
                on.toString(),
                "conclusion",
                "治理措施落实到位，隐患已消除",
                "productionStopped",
                String.valueOf(stopped));
    }

    @Test
    void aMajorHazardIsAcceptedOnlyAfterItsEvaluationAndTheRestart() {
        Long id = people.hazard(HazardGrade.MAJOR, HazardState.PENDING_ACCEPTANCE, 10, "储罐泄漏" + System.nanoTime());
        assertThat(hazard(id)).containsEntry("closing_step", "EVALUATION");

        // Not ready: the department cannot accept it yet, and says why.
        assertThat(post(id, "/accept", "t-chem-inspector"))
                .hasStatusOk()
                .model()
                .containsEntry("problem", "hazard.closing.notReady");

        // Only the enterprise evaluates; another region does not see the hazard at all.
        assertThat(evaluate(id, "t-chem-inspector", today(), true)).hasStatus(403);
        assertThat(evaluate(id, "t-west-supervisor", today(), true)).hasStatus(404);
        assertThat(evaluate(id, "t-chem-manager", today().plusDays(1), true))
                .hasStatusOk()
                .model()
                .extractingBindingResult("evaluation")
                .hasFieldErrorCode("evaluatedOn", "hazard.closing.evaluatedOn.future");
        assertThat(count("select count(*) from major_hazard_closing where hazard_id = :id", id))
                .isZero();

        assertThat(evaluate(id, "t-chem-manager", today(), true))
                .flash()
                .containsEntry("message", "hazard.closing.evaluated");
        assertThat(hazard(id)).containsEntry("closing_step", "RESTART_APPLICATION");
        assertThat(people.notifications(people.inspector.userId(), id, "EVALUATED"))
                .isEqualTo(1);
        assertThat(post(id, "/accept", "t-chem-inspector")).model().containsEntry("problem", "hazard.closing.notReady");

        assertThat(post(id, "/closing/restart", "t-chem-manager", "text", "治理完成，申请恢复生产"))
                .flash()
                .containsEntry("message", "hazard.closing.restartRequested");
        assertThat(people.notifications(people.inspector.userId(), id, "RESTART_REQUESTED"))
                .isEqualTo(1);
        // The enterprise does not decide its own restart; a refusal needs its reason.
        assertThat(post(id, "/closing/restart/decision", "t-chem-manager", "approve", "true"))
                .hasStatus(403);
        assertThat(post(id, "/closing/restart/decision", "t-chem-inspector", "approve", "false"))
                .model()
                .extractingBindingResult("restartDecision")
                .hasFieldErrorCode("comment", "hazard.closing.reasonRequired");
        assertThat(hazard(id)).containsEntry("closing_step", "RESTART_DECISION");

        assertThat(post(id, "/closing/restart/decision", "t-chem-inspector", "approve", "false", "comment", "围堰未完工"))
                .flash()
                .containsEntry("message", "hazard.closing.sentBack");
        assertThat(hazard(id))
                .containsEntry("state", "RECTIFYING")
                .containsEntry("rejections", 1)
                .containsEntry("closing_step", null);
        assertThat(people.notifications(people.managerId, id, "RESTART_REFUSED"))
                .isEqualTo(1);

        // The second round starts afresh and, without a stop, goes straight to acceptance.
        assertThat(post(id, "/evidence", "t-chem-manager", "evidence", "围堰已完工")).hasStatus3xxRedirection();
        assertThat(hazard(id)).containsEntry("closing_step", "EVALUATION");
        assertThat(evaluate(id, "t-chem-manager", today(), false))
                .flash()
                .containsEntry("message", "hazard.closing.evaluated");
        assertThat(hazard(id)).containsEntry("closing_step", "ACCEPTANCE");
        assertThat(post(id, "/accept", "t-chem-inspector")).flash().containsEntry("message", "hazard.accepted");
        assertThat(hazard(id)).containsEntry("state", "CLOSED").containsEntry("closing_step", null);
        assertThat(count("select count(*) from major_hazard_closing where hazard_id = :id", id))
                .isEqualTo(2);
        assertThat(mvc.get()
                        .uri("/hazards/{id}", id)
                        .header("Accept-Language", "en")
                        .with(as("t-supervisor")))
                .bodyText()
                .contains("Round 1", "Round 2", "围堰未完工", "江门市安全评估中心");
    }

    @Test
    void aListedHazardClosesOnlyByItsWriteOff() {
        Long id = people.hazard(HazardGrade.MAJOR, HazardState.PENDING_ACCEPTANCE, 10, "液氨泄漏" + System.nanoTime());
        assertThat(post(
                        id,
                        "/listing",
                        "t-supervisor",
                        "listingDeadline",
                        today().plusDays(30).toString(),
                        "listingNote",
                        "限期治理"))
                .flash()
                .containsEntry("message", "hazard.listed");
        assertThat(mvc.get()
                        .uri("/hazards/{id}/listing-notice", id)
                        .header("Accept-Language", "en")
                        .with(as("t-chem-manager")))
                .hasStatusOk()
                .bodyText()
                .contains("listing notice [" + today().getYear() + "] No.", "限期治理");
        assertThat(mvc.get().uri("/hazards/{id}/listing-notice", id).with(as("t-west-supervisor")))
                .hasStatus(404);

        assertThat(evaluate(id, "t-chem-manager", today(), false)).hasStatus3xxRedirection();
        assertThat(hazard(id)).containsEntry("closing_step", "WRITE_OFF_APPLICATION");
        // A listed hazard is not accepted: it is written off.
        assertThat(post(id, "/accept", "t-chem-inspector")).model().containsEntry("problem", "hazard.closing.notReady");

        assertThat(post(id, "/closing/write-off", "t-chem-manager", "text", " "))
                .model()
                .extractingBindingResult("writeOffRequest")
                .hasFieldErrorCode("text", "NotBlank");
        assertThat(post(id, "/closing/write-off", "t-chem-manager", "text", "隐患已消除，申请摘牌销号"))
                .flash()
                .containsEntry("message", "hazard.closing.writeOffRequested");
        assertThat(post(id, "/closing/write-off/decision", "t-supervisor", "approve", "true"))
                .model()
                .containsEntry("problem", "hazard.action.state");
        assertThat(post(id, "/closing/write-off/check", "t-chem-inspector", "approve", "true", "comment", "核查属实"))
                .flash()
                .containsEntry("message", "hazard.closing.writeOffConfirmed");
        assertThat(people.notifications(people.governmentSupervisorId, id, "WRITE_OFF_CONFIRMED"))
                .isEqualTo(1);
        assertThat(mvc.get().uri("/").with(as("t-supervisor"))).bodyText().contains("work-DECIDE_WRITE_OFF");

        // Only the government that listed it approves; a stale page is a conflict.
        assertThat(post(id, "/closing/write-off/decision", "t-chem-inspector", "approve", "true"))
                .hasStatus(403);
        long stale = version(id) - 1;
        assertThat(mvc.post()
                        .uri("/hazards/{id}/closing/write-off/decision", id)
                        .param("version", String.valueOf(stale))
                        .param("approve", "true")
                        .with(as("t-supervisor"))
                        .with(csrf()))
                .hasStatus(409);

        assertThat(post(id, "/closing/write-off/decision", "t-supervisor", "approve", "true", "comment", "同意摘牌"))
                .flash()
                .containsEntry("message", "hazard.closing.writtenOff");
        assertThat(hazard(id)).containsEntry("state", "CLOSED").containsEntry("listed_at", null);
        assertThat(count("select count(*) from hazard_event where hazard_id = :id and type = 'WRITTEN_OFF'", id))
                .isEqualTo(1);
        assertThat(count("select count(*) from hazard_event where hazard_id = :id and type = 'DELISTED'", id))
                .isZero();
        assertThat(people.notifications(people.managerId, id, "WRITTEN_OFF")).isEqualTo(1);
        assertThat(mvc.get().uri("/hazards/{id}/listing-notice", id).with(as("t-chem-manager")))
                .hasStatus(404);
        // A second click on the approval changes nothing.
        assertThat(post(id, "/closing/write-off/decision", "t-supervisor", "approve", "true"))
                .model()
                .containsEntry("problem", "hazard.action.state");
    }
}
