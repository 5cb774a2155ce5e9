package app.redline.organization;

import app.redline.system.LikePattern;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * Conditions on units as specifications, for the organization's reads: active, in a region
 * subtree, in industries, by id, by name or credit code, and the enterprise list's filter.
 */
final class UnitSpecifications {

    private UnitSpecifications() {}

    static Specification<Unit> active() {
        return (unit, query, cb) -> cb.isTrue(unit.get(Unit_.active));
    }

    static Specification<Unit> withId(Long id) {
        return (unit, query, cb) -> cb.equal(unit.get(Unit_.id), id);
    }

    /** In the region subtree; no condition for a blank region. */
    static Specification<Unit> inRegion(String regionCode) {
        return (unit, query, cb) -> RegionCode.filter(unit.get(Unit_.region).get(Region_.code), regionCode, cb);
    }

    /** With one of these industries (the industries themselves, not their sub-sectors). */
    static Specification<Unit> inIndustries(Collection<String> industryCodes) {
        return (unit, query, cb) -> {
            var sub = query.subquery(Integer.class);
            var same = sub.correlate(unit);
            sub.select(cb.literal(1))
                    .where(same.join(Unit_.industries).get(Industry_.code).in(industryCodes));
            return cb.exists(sub);
        };
    }

    /** A name containing the text, or the credit code equal to it; no condition for a blank text. */
    static Specification<Unit> namedOrCoded(String text) {
        String pattern = LikePattern.contains(text);
        return (unit, query, cb) -> pattern == null
                ? cb.conjunction()
                : cb.or(
                        cb.like(cb.lower(unit.get(Unit_.name)), pattern, '\\'),
                        cb.equal(unit.get(Unit_.creditCode), text.trim().toUpperCase(Locale.ROOT)));
    }

    /** The enterprise list's filter: text, risk level, industry. */
    static Specification<Unit> matching(EnterpriseFilter filter) {
        return (unit, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(namedOrCoded(filter.text()).toPredicate(unit, query, cb));
            if (filter.riskLevel() != null) {
                predicates.add(cb.equal(unit.get(Unit_.riskLevel), filter.riskLevel()));
            }
            if (filter.industryCode() != null && !filter.industryCode().isBlank()) {
                predicates.add(inIndustries(List.of(filter.industryCode())).toPredicate(unit, query, cb));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
