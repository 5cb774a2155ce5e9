package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.account.SignedInUser;
import app.redline.campaign.CampaignMode;
import app.redline.campaign.CampaignSeeds;
import app.redline.inspection.CampaignInspections;
import app.redline.inspection.ChecklistTemplate;
import app.redline.inspection.TemplateAdministration;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A double click, sent as two requests at the same moment: never a 500, and what it does happens
 * once — an extension request, the start of a campaign's self-inspection.
 */
@RedlineTest
class DoubleClickTests {

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
    CampaignSeeds campaigns;

    @Autowired
    CampaignInspections campaignInspections;

    @Autowired
    JdbcClient jdbc;

    SupervisionFixture people;

    @BeforeEach
    void people() {
        people = new SupervisionFixture(organizationSeeds, accounts, seeds, jdbc);
    }

    /** Runs the same thing twice at once, released together, and returns both results. */
    static <T> List<T> twiceAtOnce(Callable<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return action.call();
                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExtensionRequestedTwiceAtOnceIsRequestedOnceAndNeverA500() throws Exception {
        for (int round = 0; round < 5; round++) {
            Long id = people.hazard(HazardGrade.GENERAL, HazardState.RECTIFYING, 5, "双击延期" + System.nanoTime());
            long version = jdbc.sql("select version from hazard where id = :id")
                    .param("id", id)
                    .query(Long.class)
                    .single();
            List<MvcTestResult> results = twiceAtOnce(() -> mvc.post()
                    .uri("/hazards/" + id + "/extensions")
                    .param("version", Long.toString(version))
                    .param("newDeadline", Today.date().plusDays(30).toString())
                    .param("reason", "设备到货延迟")
                    .with(user(userDetails.loadUserByUsername("t-chem-manager")))
                    .with(csrf())
                    .exchange());
            for (MvcTestResult result : results) {
                assertThat(result.getUnresolvedException()).isNull();
                // Done (302), a conflict (409), or the page again saying one is already asked for.
                assertThat(result.getResponse().getStatus()).isIn(200, 302, 409);
                if (result.getResponse().getStatus() == 200) {
                    assertThat(result).model().containsEntry("problem", "hazard.extension.alreadyPending");
                }
            }
            assertThat(jdbc.sql("select count(*) from hazard_extension where hazard_id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void aCampaignSelfInspectionStartedTwiceAtOnceIsOneInspection() throws Exception {
        CampaignSeeds.Launched campaign = campaigns.launch(new CampaignSeeds.Launch(
                "双击自查" + System.nanoTime(),
                "测试",
                people.scope.countyGovernment,
                "970101",
                people.governmentSupervisorId,
                templateName(),
                1,
                10,
                CampaignMode.SELF,
                Set.of(),
                "测试"));
        assertThat(campaign.targets()).contains(people.scope.chemicalsInTown);
        var signedIn = (SignedInUser) userDetails.loadUserByUsername("t-chem-manager");
        List<Long> started = twiceAtOnce(() -> campaignInspections.start(
                signedIn,
                Scope.enterprise(people.scope.chemicalsInTown),
                campaign.id(),
                campaign.templateId(),
                people.scope.chemicalsInTown));
        assertThat(started.get(0)).isEqualTo(started.get(1));
        assertThat(jdbc.sql("select count(*) from inspection where campaign_id = :c")
                        .param("c", campaign.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Autowired
    TemplateAdministration templates;

    String templateName() {
        templates.ensure("双击测试检查表", Set.of(), List.of(new ChecklistTemplate.Item("安全出口畅通", "《消防法》第二十八条", false)));
        return "双击测试检查表";
    }
}
