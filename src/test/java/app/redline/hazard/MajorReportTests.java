package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.account.AccountService;
import app.redline.organization.OrganizationSeeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The major-hazard report (Order No. 16, Art. 14): filed once by the enterprise's own safety
 * managers for a major hazard, its supervisors told; flagged on the page while it is missing.
 */
@RedlineTest
class MajorReportTests {

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

    MvcTestResult file(Long id, String who, String state) {
        return mvc.post()
                .uri("/hazards/{id}/major-report", id)
                .header("Accept-Language", "en")
                .param("version", String.valueOf(version(id)))
                .param("presentState", state)
                .param("danger", "泄漏遇火源可致火灾爆炸，整改需停产更换储罐")
                .param("treatment", "停用储罐，更换新罐，设置围堰和可燃气体报警")
                .with(as(who))
                .with(csrf())
                .exchange();
    }

    long reports(Long id) {
        return jdbc.sql("select count(*) from major_hazard_report where hazard_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void theEnterpriseFilesTheReportOnceAndItsSupervisorsAreTold() {
        Long id = people.hazard(HazardGrade.MAJOR, HazardState.RECTIFYING, 10, "储罐腐蚀泄漏" + System.nanoTime());
        assertThat(mvc.get()
                        .uri("/hazards/{id}", id)
                        .header("Accept-Language", "en")
                        .with(as("t-supervisor")))
                .hasStatusOk()
                .bodyText()
                .contains("Major-hazard report", "Not filed")
                .doesNotContain("major-report-form");

        // Refused without its present state: the page again with what was typed.
        assertThat(file(id, "t-chem-manager", " ")).hasStatusOk().bodyText().contains("泄漏遇火源可致火灾爆炸");
        assertThat(reports(id)).isZero();

        assertThat(file(id, "t-chem-inspector", "储罐底板腐蚀穿孔")).hasStatus(403);
        assertThat(file(id, "t-west-supervisor", "储罐底板腐蚀穿孔")).hasStatus(404);
        assertThat(reports(id)).isZero();

        assertThat(file(id, "t-chem-manager", "储罐底板腐蚀穿孔，原因是未按期检测"))
                .flash()
                .containsEntry("message", "hazard.majorReport.filed");
        assertThat(reports(id)).isEqualTo(1);
        assertThat(people.notifications(people.departmentSupervisorId, id, "MAJOR_REPORTED"))
                .isEqualTo(1);
        assertThat(people.notifications(people.governmentSupervisorId, id, "MAJOR_REPORTED"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from hazard_event where hazard_id = :h and type = 'MAJOR_REPORTED'")
                        .param("h", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(mvc.get()
                        .uri("/hazards/{id}", id)
                        .header("Accept-Language", "en")
                        .with(as("t-supervisor")))
                .bodyText()
                .contains("储罐底板腐蚀穿孔，原因是未按期检测", "Filed by 化工厂安全员")
                .doesNotContain("Not filed");

        // A second filing (another tab) changes nothing and says so.
        assertThat(file(id, "t-chem-manager", "另一份报告"))
                .hasStatusOk()
                .model()
                .containsEntry("problem", "hazard.majorReport.filedAlready");
        assertThat(reports(id)).isEqualTo(1);
    }

    @Test
    void aGeneralHazardHasNoReport() {
        Long id = people.hazard(HazardGrade.GENERAL, HazardState.RECTIFYING, 10, "一般隐患" + System.nanoTime());
        assertThat(mvc.get().uri("/hazards/{id}", id).with(as("t-chem-manager")))
                .bodyText()
                .doesNotContain("major-report");
        assertThat(file(id, "t-chem-manager", "现状")).model().containsEntry("problem", "hazard.majorReport.notMajor");
        assertThat(reports(id)).isZero();
    }
}
