package app.redline.campaign;

import app.redline.organization.EnterpriseJoin;
import app.redline.organization.Scope;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the campaign board's queries over targets: the viewer's part, what a target has
 * done (its flags, which the database keeps from the inspections), outstanding, the list's status filter, and counting.
 */
final class TargetPredicates {

    private TargetPredicates() {}

    /** The viewer's part of the campaign's targets (optionally in a region subtree), joined to their enterprise. */
    static Predicate part(
            Scope scope,
            Campaign campaign,
            String region,
            AbstractQuery<?> query,
            CriteriaBuilder cb,
            Root<CampaignTarget> t,
            EnterpriseJoin unit) {
        return cb.and(
                cb.equal(t.get(CampaignTarget_.campaignId), campaign.getId()),
                unit.on(),
                scope.coversEnterpriseId(t.get(CampaignTarget_.enterpriseId), query, cb),
                unit.inRegion(region, cb));
    }

    /** Whether the target has completed a self-inspection in the campaign. */
    static Predicate selfInspected(CriteriaBuilder cb, Root<CampaignTarget> t) {
        return cb.isTrue(t.get(CampaignTarget_.selfInspected));
    }

    /** Whether the target has had a completed visit in the campaign. */
    static Predicate visited(CriteriaBuilder cb, Root<CampaignTarget> t) {
        return cb.isTrue(t.get(CampaignTarget_.visited));
    }

    /** Whether any inspection of the target in the campaign has begun. */
    static Predicate begun(CriteriaBuilder cb, Root<CampaignTarget> t) {
        return cb.isTrue(t.get(CampaignTarget_.begun));
    }

    /** Not done what the campaign asks: a completed self-inspection, a completed visit, or both. */
    static Predicate outstanding(
            Campaign campaign, AbstractQuery<?> query, CriteriaBuilder cb, Root<CampaignTarget> t) {
        List<Predicate> missing = new ArrayList<>();
        if (campaign.getMode().asksSelfInspection()) {
            missing.add(cb.not(selfInspected(cb, t)));
        }
        if (campaign.getMode().asksVisits()) {
            missing.add(cb.not(visited(cb, t)));
        }
        return cb.or(missing.toArray(Predicate[]::new));
    }

    static Predicate status(
            TargetStatus status,
            Long viewerId,
            Campaign campaign,
            AbstractQuery<?> query,
            CriteriaBuilder cb,
            Root<CampaignTarget> t) {
        return switch (status) {
            case ALL -> cb.conjunction();
            case OUTSTANDING -> outstanding(campaign, query, cb, t);
            case NOT_STARTED -> cb.not(begun(cb, t));
            case RESPONDED -> cb.not(outstanding(campaign, query, cb, t));
            case MINE -> cb.equal(t.get(CampaignTarget_.inspectorId), viewerId);
        };
    }

    static Expression<Long> countWhere(CriteriaBuilder cb, Predicate predicate) {
        return cb.sum(cb.<Long>selectCase().when(predicate, 1L).otherwise(0L));
    }

    static Expression<Boolean> flag(CriteriaBuilder cb, Predicate predicate) {
        return cb.<Boolean>selectCase().when(predicate, true).otherwise(false);
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
