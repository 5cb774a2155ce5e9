package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The overdue review shows what is late in the user's scope, and nothing outside it. */
@RedlineTest
class OverdueTests {

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

    @Test
    void eachSupervisorSeesTheOverdueHazardsOfItsScopeWithTheirCounts() {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
        Long inspectorId = accounts.ensureUser(
                "t-chem-inspector", "危化检查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), "Password2026");
        Long westGov = accounts.ensureUser(
                "t-west-supervisor", "西区监管员", fixture.siblingCountyGovernment, Set.of(Role.SUPERVISOR), "Password2026");
        HazardSeeds.Actor inspector = new HazardSeeds.Actor(inspectorId, "危化检查员", fixture.chemicalsDepartment);
        String tag = Long.toString(System.nanoTime());
        seeds.seed(List.of(
                seed(fixture.chemicalsInTown, inspector, "东镇逾期" + tag, HazardState.RECTIFYING, 5),
                seed(fixture.chemicalsInSiblingCounty, inspector, "西区逾期" + tag, HazardState.RECTIFYING, 5),
                seed(fixture.chemicalsInTown, inspector, "东镇未逾期" + tag, HazardState.RECTIFYING, 40),
                seed(fixture.chemicalsInTown, inspector, "东镇已销号" + tag, HazardState.CLOSED, 5)));

        assertThat(mvc.get().uri("/overdue").with(user(userDetails.loadUserByUsername("t-supervisor"))))
                .hasStatusOk()
                .bodyText()
                .contains("东镇逾期" + tag, "东镇", "/overdue?region=970101001")
                .doesNotContain("西区逾期" + tag, "东镇未逾期" + tag, "东镇已销号" + tag);
        assertThat(mvc.get()
                        .uri("/overdue?region=970101001")
                        .with(user(userDetails.loadUserByUsername("t-supervisor"))))
                .bodyText()
                .contains("东镇逾期" + tag);
        assertThat(mvc.get().uri("/overdue").with(user(userDetails.loadUserByUsername("t-west-supervisor"))))
                .bodyText()
                .contains("西区逾期" + tag)
                .doesNotContain("东镇逾期" + tag);
        assertThat(westGov).isNotNull();
    }

    private static HazardSeeds.Seed seed(
            Long enterprise, HazardSeeds.Actor inspector, String description, HazardState state, int deadlineDays) {
        return HazardSeedBuilder.of(enterprise, inspector, inspector)
                .at("库房", description)
                .deadlineDays(deadlineDays)
                .state(state)
                .build();
    }
}
