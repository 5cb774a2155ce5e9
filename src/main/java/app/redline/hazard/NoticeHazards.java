package app.redline.hazard;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * The hazards a rectification notice named, as a predicate the inspection module's Criteria
 * queries can use without naming the hazard entity or its attributes.
 */
public final class NoticeHazards {

    private NoticeHazards() {}

    /** Whether a hazard the notice with this id named is still open. */
    public static Predicate anyOpen(AbstractQuery<?> query, CriteriaBuilder cb, Expression<Long> noticeId) {
        Subquery<Integer> open = query.subquery(Integer.class);
        Root<Hazard> hazard = open.from(Hazard.class);
        open.select(cb.literal(1))
                .where(
                        cb.equal(hazard.get(Hazard_.noticeId), noticeId),
                        hazard.get(Hazard_.state).in(HazardState.openStates()));
        return cb.exists(open);
    }
}
