package app.redline.campaign;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionCode;
import app.redline.organization.Scope;
import app.redline.organization.UnitType;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may do what with campaigns (the rules, free of Spring: {@code CampaignAccessTests}), and which
 * campaigns are in a user's reach. Supervisors of governments and departments launch in their
 * region and run their part; everyone in reach but the enterprises follows the board.
 */
@Component
@RequiredArgsConstructor
class CampaignAccess {

    private final OrganizationService organization;

    boolean mayLaunch(SignedInUser user, Scope scope) {
        return mayLaunch(user.roles(), unitType(user), scope);
    }

    boolean mayRun(SignedInUser user, Scope scope) {
        return mayRun(user.roles(), unitType(user), scope);
    }

    /** Supervisors of governments and departments launch campaigns in their scope. */
    static boolean mayLaunch(Set<Role> roles, UnitType unit, Scope scope) {
        return roles.contains(Role.SUPERVISOR) && supervising(unit) && isRegional(scope);
    }

    /** Supervisors of governments and departments in reach run their part: assign visits, urge. */
    static boolean mayRun(Set<Role> roles, UnitType unit, Scope scope) {
        return roles.contains(Role.SUPERVISOR) && supervising(unit) && !scope.isSingleEnterprise();
    }

    /** Everyone in reach but the enterprises themselves follows the board. */
    static boolean mayFollow(Scope scope) {
        return !scope.isSingleEnterprise() && scope.kind() != Scope.Kind.NONE;
    }

    /** Whether a launcher with this scope may pick targets in the region. */
    static boolean withinScope(Scope scope, String region) {
        return switch (scope.kind()) {
            case ALL -> true;
            case REGION, REGION_INDUSTRIES -> RegionCode.of(scope.regionCode()).contains(region);
            default -> false;
        };
    }

    /** Campaigns launched by the user's unit, or with a target in the user's scope. */
    static Specification<Campaign> inReach(Long unitId, Scope scope) {
        return (c, query, cb) -> {
            if (scope.kind() == Scope.Kind.ALL) {
                return cb.conjunction();
            }
            Subquery<Integer> target = query.subquery(Integer.class);
            Root<CampaignTarget> t = target.from(CampaignTarget.class);
            target.select(cb.literal(1))
                    .where(
                            cb.equal(t.get(CampaignTarget_.campaignId), c.get(Campaign_.id)),
                            scope.coversEnterpriseId(t.get(CampaignTarget_.enterpriseId), target, cb));
            return cb.or(cb.equal(c.get(Campaign_.unitId), unitId), cb.exists(target));
        };
    }

    private static boolean supervising(UnitType unit) {
        return unit == UnitType.GOVERNMENT || unit == UnitType.DEPARTMENT;
    }

    private static boolean isRegional(Scope scope) {
        return scope.kind() == Scope.Kind.REGION || scope.kind() == Scope.Kind.REGION_INDUSTRIES;
    }

    private UnitType unitType(SignedInUser user) {
        return organization.unitType(user.unitId()).orElse(null);
    }
}
