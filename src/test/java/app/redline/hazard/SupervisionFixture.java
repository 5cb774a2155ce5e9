package app.redline.hazard;

import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people around the town's chemical plant of the scope fixture — its safety manager, the
 * chemicals department's inspector and supervisor, the county government's supervisor, the sibling
 * county's — and hazards found there by the inspector.
 */
final class SupervisionFixture {

    final ScopeFixture scope;
    final Long managerId;
    final Long departmentSupervisorId;
    final Long governmentSupervisorId;
    final HazardSeeds.Actor inspector;
    private final HazardSeeds seeds;
    private final JdbcClient jdbc;

    SupervisionFixture(
            OrganizationSeeds organizationSeeds, AccountService accounts, HazardSeeds seeds, JdbcClient jdbc) {
        this.seeds = seeds;
        this.jdbc = jdbc;
        scope = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, scope);
        String password = TestAdmins.PASSWORD;
        Long inspectorId = accounts.ensureUser(
                "t-chem-inspector", "危化检查员", scope.chemicalsDepartment, Set.of(Role.INSPECTOR), password);
        managerId = accounts.ensureUser(
                "t-chem-manager", "化工厂安全员", scope.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), password);
        departmentSupervisorId = accounts.ensureUser(
                "t-chem-supervisor", "危化监管员", scope.chemicalsDepartment, Set.of(Role.SUPERVISOR), password);
        accounts.ensureUser(
                "t-west-supervisor", "西区监管员", scope.siblingCountyGovernment, Set.of(Role.SUPERVISOR), password);
        governmentSupervisorId = jdbc.sql("select id from app_user where username = 't-supervisor'")
                .query(Long.class)
                .single();
        inspector = new HazardSeeds.Actor(inspectorId, "危化检查员", scope.chemicalsDepartment);
    }

    /** A hazard at the town's chemical plant, reported 10 days ago with its deadline {@code daysLeft} from today. */
    Long hazard(HazardGrade grade, HazardState state, int daysLeft, String description) {
        HazardSeeds.Actor manager = new HazardSeeds.Actor(managerId, "化工厂安全员", scope.chemicalsInTown);
        seeds.seed(List.of(HazardSeedBuilder.of(scope.chemicalsInTown, inspector, manager)
                .at("储罐区", description)
                .grade(grade)
                .reportedDaysAgo(10)
                .deadlineDays(10 + daysLeft)
                .state(state)
                .build()));
        return jdbc.sql("select max(id) from hazard where description = :d")
                .param("d", description)
                .query(Long.class)
                .single();
    }

    long notifications(Long userId, Long hazardId, String type) {
        return jdbc.sql("select count(*) from notification where recipient_id = :u and hazard_id = :h and type = :t")
                .param("u", userId)
                .param("h", hazardId)
                .param("t", type)
                .query(Long.class)
                .single();
    }
}
