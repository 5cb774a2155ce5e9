package app.redline.organization;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;

/**
 * The enterprise of another module's rows (hazards, campaign targets) joined into that module's
 * Criteria query, for grouping by a region level or an industry, filtering by region and ordering
 * by name: the other module never names the unit entity or its attributes.
 */
public final class EnterpriseJoin {

    private final Root<Unit> unit;
    private final Predicate on;

    private EnterpriseJoin(Root<Unit> unit, Predicate on) {
        this.unit = unit;
        this.on = on;
    }

    /** Joins the enterprise whose id is {@code enterpriseId}; {@link #on()} is the join's condition. */
    public static EnterpriseJoin of(AbstractQuery<?> query, Expression<Long> enterpriseId, CriteriaBuilder cb) {
        Root<Unit> unit = query.from(Unit.class);
        return new EnterpriseJoin(unit, cb.equal(unit.get(Unit_.id), enterpriseId));
    }

    public Predicate on() {
        return on;
    }

    /** The code of the region of this code length that the enterprise lies in. */
    public Expression<String> regionAt(int codeLength, CriteriaBuilder cb) {
        return cb.substring(regionCode(), 1, codeLength);
    }

    /** Each industry of the enterprise (a row per industry). */
    public Expression<String> industry() {
        return unit.join(Unit_.industries).get(Industry_.code);
    }

    /** Within a region subtree; no condition for a blank region. */
    public Predicate inRegion(String regionCode, CriteriaBuilder cb) {
        return RegionCode.filter(regionCode(), regionCode, cb);
    }

    /** By enterprise name, then id. */
    public List<Order> byName(CriteriaBuilder cb) {
        return List.of(cb.asc(unit.get(Unit_.name)), cb.asc(unit.get(Unit_.id)));
    }

    private Expression<String> regionCode() {
        return unit.get(Unit_.region).get(Region_.code);
    }
}
