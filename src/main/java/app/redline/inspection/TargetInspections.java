package app.redline.inspection;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a campaign's target has an inspection in the campaign, as a predicate another module's
 * Criteria query can use: the campaign board counts self-inspections and visits without naming
 * the inspection entity or its attributes.
 */
public final class TargetInspections {

    private TargetInspections() {}

    /**
     * An inspection of the enterprise in the campaign exists: of this type (any, when null), and
     * completed when {@code completed}.
     */
    public static Predicate exists(
            AbstractQuery<?> query,
            CriteriaBuilder cb,
            Expression<Long> campaignId,
            Expression<Long> enterpriseId,
            InspectionType type,
            boolean completed) {
        Subquery<Integer> sub = query.subquery(Integer.class);
        Root<Inspection> i = sub.from(Inspection.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(i.get(Inspection_.campaignId), campaignId));
        where.add(cb.equal(i.get(Inspection_.enterpriseId), enterpriseId));
        if (type != null) {
            where.add(cb.equal(i.get(Inspection_.type), type));
        }
        if (completed) {
            where.add(cb.equal(i.get(Inspection_.state), Inspection.State.COMPLETED));
        }
        sub.select(cb.literal(1)).where(where.toArray(Predicate[]::new));
        return cb.exists(sub);
    }
}
