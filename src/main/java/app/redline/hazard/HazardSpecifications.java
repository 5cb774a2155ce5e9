package app.redline.hazard;

import app.redline.organization.EnterpriseSelection;
import app.redline.organization.Scope;
import app.redline.system.LikePattern;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * The hazard ledger's conditions as specifications: the user's scope, the ledger filter, and the
 * filter's region and industry (asked of the organization module, which owns enterprises). The
 * ledger, the dashboard and "my work" all filter through these.
 */
final class HazardSpecifications {

    private HazardSpecifications() {}

    static Specification<Hazard> inScope(Scope scope) {
        return (hazard, query, cb) -> scope.coversEnterpriseId(hazard.get(Hazard_.enterpriseId), query, cb);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static Specification<Hazard> inEnterprises(List<Long> ids) {
        return (hazard, query, cb) -> ids.isEmpty()
                ? cb.disjunction()
                : hazard.get(Hazard_.enterpriseId).in(ids);
    }

    /** The region and industry filters, asked of the organization module. */
    static Specification<Hazard> matchingEnterprise(HazardFilter filter) {
        EnterpriseSelection selection = new EnterpriseSelection(filter.regionCode(), filter.industryCode());
        return (hazard, query, cb) -> selection.covers(hazard.get(Hazard_.enterpriseId), query, cb);
    }

    static Specification<Hazard> matching(HazardFilter filter, LocalDate today) {
        return (hazard, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.state() != null) {
                where.add(cb.equal(hazard.get(Hazard_.state), filter.state()));
            }
            if (filter.grade() != null) {
                where.add(cb.equal(hazard.get(Hazard_.grade), filter.grade()));
            }
            if (filter.overdueOnly()) {
                where.add(cb.notEqual(hazard.get(Hazard_.state), HazardState.CLOSED));
                where.add(cb.lessThan(hazard.get(Hazard_.deadline), today));
            }
            if (filter.enterpriseId() != null) {
                where.add(cb.equal(hazard.get(Hazard_.enterpriseId), filter.enterpriseId()));
            }
            if (filter.campaignId() != null) {
                where.add(cb.equal(hazard.get(Hazard_.campaignId), filter.campaignId()));
            }
            if (filter.reportedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(hazard.get(Hazard_.reportedOn), filter.reportedFrom()));
            }
            if (filter.reportedTo() != null) {
                where.add(cb.lessThanOrEqualTo(hazard.get(Hazard_.reportedOn), filter.reportedTo()));
            }
            if (filter.deadlineFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(hazard.get(Hazard_.deadline), filter.deadlineFrom()));
            }
            if (filter.deadlineTo() != null) {
                where.add(cb.lessThanOrEqualTo(hazard.get(Hazard_.deadline), filter.deadlineTo()));
            }
            if (filter.openOnly()) {
                where.add(cb.notEqual(hazard.get(Hazard_.state), HazardState.CLOSED));
            }
            if (filter.listedOnly()) {
                where.add(cb.isNotNull(hazard.get(Hazard_.listedAt)));
            }
            if (filter.closedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(hazard.get(Hazard_.closedOn), filter.closedFrom()));
            }
            if (filter.closedTo() != null) {
                where.add(cb.lessThanOrEqualTo(hazard.get(Hazard_.closedOn), filter.closedTo()));
            }
            if (filter.onTimeOnly()) {
                where.add(cb.lessThanOrEqualTo(hazard.get(Hazard_.closedOn), hazard.get(Hazard_.deadline)));
            }
            if (filter.turn() != null) {
                where.add(filter.turn().spec(null).toPredicate(hazard, query, cb));
            }
            String text = LikePattern.contains(filter.text());
            if (text != null) {
                where.add(cb.like(hazard.get(Hazard_.searchText), text, '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The dashboard's base: the scope, the campaign (if one), the region and industry shown. */
    static Predicate dashboard(
            Scope scope, HazardFilter base, Root<Hazard> hazard, CriteriaQuery<?> query, CriteriaBuilder cb) {
        Predicate inScope = scope.coversEnterpriseId(hazard.get(Hazard_.enterpriseId), query, cb);
        Predicate campaign = base.campaignId() == null
                ? cb.conjunction()
                : cb.equal(hazard.get(Hazard_.campaignId), base.campaignId());
        return cb.and(
                inScope, campaign, HazardSpecifications.matchingEnterprise(base).toPredicate(hazard, query, cb));
    }
}
