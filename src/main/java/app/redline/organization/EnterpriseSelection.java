package app.redline.organization;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;

/**
 * A list filter's enterprise criteria, a region subtree and an industry (either may be blank), as
 * a predicate over another module's enterprise ids, like {@link Scope#coversEnterpriseId}.
 */
public record EnterpriseSelection(String regionCode, String industryCode) {

    public boolean isEmpty() {
        return (regionCode == null || regionCode.isBlank()) && (industryCode == null || industryCode.isBlank());
    }

    /** Whether the enterprise with this id lies in the region and has the industry. */
    public Predicate covers(Expression<Long> enterpriseId, CommonAbstractCriteria query, CriteriaBuilder cb) {
        if (isEmpty()) {
            return cb.conjunction();
        }
        Subquery<Long> enterprises = query.subquery(Long.class);
        Root<Unit> unit = enterprises.from(Unit.class);
        List<Predicate> where = new ArrayList<>();
        if (regionCode != null && !regionCode.isBlank()) {
            where.add(RegionCode.filter(unit.get(Unit_.region).get(Region_.code), regionCode, cb));
        }
        if (industryCode != null && !industryCode.isBlank()) {
            where.add(cb.equal(unit.join(Unit_.industries).get(Industry_.code), industryCode));
        }
        enterprises.select(unit.get(Unit_.id)).where(where.toArray(Predicate[]::new));
        return enterpriseId.in(enterprises);
    }
}
