package app.redline.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.account.Role;
import app.redline.organization.Scope;
import app.redline.organization.UnitType;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may launch, run and follow campaigns: the rules on their own, without Spring or a database. */
class CampaignAccessTests {

    static final Set<Role> SUPERVISOR = Set.of(Role.SUPERVISOR);
    static final Scope COUNTY = Scope.region("440703");
    static final Scope CHEMICALS = Scope.regionIndustries("440703", Set.of("HAZARDOUS_CHEMICALS"));
    static final Scope ENTERPRISE = Scope.enterprise(7L);

    @Test
    void supervisorsOfGovernmentsAndDepartmentsLaunchInTheirRegion() {
        assertThat(CampaignAccess.mayLaunch(SUPERVISOR, UnitType.GOVERNMENT, COUNTY))
                .isTrue();
        assertThat(CampaignAccess.mayLaunch(SUPERVISOR, UnitType.DEPARTMENT, CHEMICALS))
                .isTrue();
    }

    @Test
    void nobodyElseLaunches() {
        assertThat(CampaignAccess.mayLaunch(Set.of(Role.INSPECTOR), UnitType.GOVERNMENT, COUNTY))
                .isFalse();
        assertThat(CampaignAccess.mayLaunch(SUPERVISOR, UnitType.ENTERPRISE, ENTERPRISE))
                .isFalse();
        assertThat(CampaignAccess.mayLaunch(SUPERVISOR, UnitType.OPERATOR, Scope.all()))
                .isFalse();
        assertThat(CampaignAccess.mayLaunch(SUPERVISOR, null, COUNTY)).isFalse();
        // A province-wide scope is not a region a campaign is launched in.
        assertThat(CampaignAccess.mayLaunch(SUPERVISOR, UnitType.GOVERNMENT, Scope.all()))
                .isFalse();
    }

    @Test
    void supervisorsRunTheirPartButNotAnEnterprise() {
        assertThat(CampaignAccess.mayRun(SUPERVISOR, UnitType.GOVERNMENT, COUNTY))
                .isTrue();
        assertThat(CampaignAccess.mayRun(SUPERVISOR, UnitType.DEPARTMENT, Scope.all()))
                .isTrue();
        assertThat(CampaignAccess.mayRun(SUPERVISOR, UnitType.DEPARTMENT, ENTERPRISE))
                .isFalse();
        assertThat(CampaignAccess.mayRun(Set.of(Role.ENTERPRISE_MANAGER), UnitType.ENTERPRISE, ENTERPRISE))
                .isFalse();
    }

    @Test
    void everyoneInReachButEnterprisesFollowsTheBoard() {
        assertThat(CampaignAccess.mayFollow(COUNTY)).isTrue();
        assertThat(CampaignAccess.mayFollow(Scope.all())).isTrue();
        assertThat(CampaignAccess.mayFollow(ENTERPRISE)).isFalse();
        assertThat(CampaignAccess.mayFollow(Scope.none())).isFalse();
    }

    @Test
    void targetsArePickedOnlyInsideTheLaunchersRegion() {
        assertThat(CampaignAccess.withinScope(COUNTY, "440703001")).isTrue();
        assertThat(CampaignAccess.withinScope(COUNTY, "440704")).isFalse();
        assertThat(CampaignAccess.withinScope(Scope.all(), "4407")).isTrue();
        assertThat(CampaignAccess.withinScope(ENTERPRISE, "440703")).isFalse();
    }
}
