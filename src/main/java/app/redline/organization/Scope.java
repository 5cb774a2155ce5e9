package app.redline.organization;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * What a user may see, as a database predicate over enterprises: everything, a region subtree, the
 * supervised industries of a region subtree, one enterprise, or nothing. Every list, count and load
 * of enterprises (and of what belongs to them) goes through one of these.
 */
public record Scope(Kind kind, Long enterpriseId, String regionCode, Set<String> industryCodes) {

    public enum Kind {
        ALL,
        REGION,
        REGION_INDUSTRIES,
        ENTERPRISE,
        NONE
    }

    public Scope {
        industryCodes = industryCodes == null ? Set.of() : Set.copyOf(industryCodes);
    }

    public static Scope all() {
        return new Scope(Kind.ALL, null, null, null);
    }

    public static Scope none() {
        return new Scope(Kind.NONE, null, null, null);
    }

    public static Scope enterprise(long enterpriseId) {
        return new Scope(Kind.ENTERPRISE, enterpriseId, null, null);
    }

    public static Scope region(String regionCode) {
        return new Scope(Kind.REGION, null, regionCode, null);
    }

    public static Scope regionIndustries(String regionCode, Set<String> industryCodes) {
        return new Scope(Kind.REGION_INDUSTRIES, null, regionCode, industryCodes);
    }

    /**
     * For an administrator's scope: whether something in this region is the administrator's to
     * manage (everything for a global administrator, the region subtree for a region administrator).
     */
    public boolean managesRegion(String regionCode) {
        return switch (kind) {
            case ALL -> true;
            case REGION -> RegionCode.of(this.regionCode).contains(regionCode);
            default -> false;
        };
    }

    public boolean isSingleEnterprise() {
        return kind == Kind.ENTERPRISE;
    }

    /** The enterprises in this scope. */
    public Specification<Unit> enterprises() {
        return (root, query, cb) -> enterprisePredicate(root, query, cb);
    }

    /**
     * A predicate for rows of other features that belong to an enterprise (inspections, hazards):
     * their enterprise id is one this scope may see.
     */
    public Predicate coversEnterpriseId(
            Expression<Long> enterpriseId, CommonAbstractCriteria query, CriteriaBuilder cb) {
        return switch (kind) {
            case ALL -> cb.conjunction();
            case NONE -> cb.disjunction();
            case ENTERPRISE -> cb.equal(enterpriseId, this.enterpriseId);
            case REGION, REGION_INDUSTRIES -> {
                Subquery<Long> visible = query.subquery(Long.class);
                Root<Unit> unit = visible.from(Unit.class);
                visible.select(unit.get(Unit_.id)).where(enterprisePredicate(unit, visible, cb));
                yield enterpriseId.in(visible);
            }
        };
    }

    /**
     * Whether the scope holds an enterprise of this id, region and industries: in Java what {@link
     * #enterprises()} decides in SQL, for one enterprise already read.
     */
    public boolean holds(long id, String enterpriseRegion, java.util.Collection<String> industries) {
        return switch (kind) {
            case ALL -> true;
            case NONE -> false;
            case ENTERPRISE -> id == enterpriseId;
            case REGION -> RegionCode.of(regionCode).contains(enterpriseRegion);
            case REGION_INDUSTRIES ->
                RegionCode.of(regionCode).contains(enterpriseRegion)
                        && industries.stream().anyMatch(industryCodes::contains);
        };
    }

    private Predicate enterprisePredicate(Root<Unit> unit, CommonAbstractCriteria query, CriteriaBuilder cb) {
        return cb.and(cb.equal(unit.get(Unit_.type), UnitType.ENTERPRISE), covers(unit, query, cb));
    }

    private Predicate covers(Root<Unit> unit, CommonAbstractCriteria query, CriteriaBuilder cb) {
        return switch (kind) {
            case ALL -> cb.conjunction();
            case NONE -> cb.disjunction();
            case ENTERPRISE -> cb.equal(unit.get(Unit_.id), enterpriseId);
            case REGION -> inRegion(unit, cb);
            case REGION_INDUSTRIES -> cb.and(inRegion(unit, cb), inIndustries(unit, query, cb));
        };
    }

    private Predicate inRegion(Root<Unit> unit, CriteriaBuilder cb) {
        return RegionCode.of(regionCode).within(unit.get(Unit_.region).get(Region_.code), cb);
    }

    private Predicate inIndustries(Root<Unit> unit, CommonAbstractCriteria query, CriteriaBuilder cb) {
        if (industryCodes.isEmpty()) {
            return cb.disjunction();
        }
        Subquery<Integer> supervised = query.subquery(Integer.class);
        Root<Unit> same = supervised.correlate(unit);
        Join<Unit, Industry> industry = same.join(Unit_.industries);
        supervised.select(cb.literal(1)).where(industry.get(Industry_.code).in(industryCodes));
        return cb.exists(supervised);
    }
}
