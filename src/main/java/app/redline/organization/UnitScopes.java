package app.redline.organization;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scope of a unit's people, read without a JPA session: the unit's kind, its region and that
 * region's level in one statement ({@link ScopeFacts}, the {@code unit_scope} view), and for an
 * industry department's people its industries with their sub-sectors ({@link IndustryLineage}) in a
 * second. Every signed-in page resolves one — with the account's state, in the same statement — and
 * outside a transaction it opens none.
 */
@Component
@RequiredArgsConstructor
class UnitScopes {

    private final JdbcClient jdbc;
    private final IndustryLineage lineage;

    /**
     * An administrator of a unit without a region, or of a province, sees everything; an administrator
     * lower down sees the region subtree. A unit that does not exist sees nothing.
     */
    Scope of(Long unitId, boolean administrator) {
        ScopeFacts facts = jdbc.sql("select " + ScopeFacts.COLUMNS + " from unit_scope s where s.unit_id = ?")
                .param(unitId)
                .query((row, n) -> ScopeFacts.read(row))
                .optional()
                .orElse(null);
        return of(facts, administrator);
    }

    /** The scope of the unit with these facts (null: no such unit, nothing). */
    Scope of(ScopeFacts unit, boolean administrator) {
        if (unit == null) {
            return Scope.none();
        }
        if (administrator) {
            return unit.regionCode() == null || RegionLevel.PROVINCE.name().equals(unit.regionLevel())
                    ? Scope.all()
                    : Scope.region(unit.regionCode());
        }
        return switch (unit.type()) {
            case ENTERPRISE -> Scope.enterprise(unit.unitId());
            case GOVERNMENT -> Scope.region(unit.regionCode());
            case DEPARTMENT ->
                unit.comprehensive()
                        ? Scope.region(unit.regionCode())
                        : Scope.regionIndustries(unit.regionCode(), lineage.ofUnit(unit.unitId()));
            case OPERATOR -> Scope.none();
        };
    }
}
