package app.redline.organization;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scope of a unit's people, read without a JPA session: the unit's kind, its region and that
 * region's level in one statement, and for an industry department's people its industries with their
 * sub-sectors ({@link IndustryLineage}) in a second. Every signed-in page resolves one; outside a
 * transaction it opens none.
 */
@Component
@RequiredArgsConstructor
class UnitScopes {

    private final JdbcClient jdbc;
    private final IndustryLineage lineage;

    private record Row(long id, UnitType type, boolean comprehensive, String regionCode, String regionLevel) {}

    /**
     * An administrator of a unit without a region, or of a province, sees everything; an administrator
     * lower down sees the region subtree. A unit that does not exist sees nothing.
     */
    Scope of(Long unitId, boolean administrator) {
        return jdbc.sql("select u.id, u.type, u.comprehensive, u.region_code, r.level"
                        + " from unit u left join region r on r.code = u.region_code where u.id = ?")
                .param(unitId)
                .query((row, n) -> new Row(
                        row.getLong(1),
                        UnitType.valueOf(row.getString(2)),
                        row.getBoolean(3),
                        row.getString(4),
                        row.getString(5)))
                .optional()
                .map(unit -> scope(unit, administrator))
                .orElseGet(Scope::none);
    }

    private Scope scope(Row unit, boolean administrator) {
        if (administrator) {
            return unit.regionCode() == null || RegionLevel.PROVINCE.name().equals(unit.regionLevel())
                    ? Scope.all()
                    : Scope.region(unit.regionCode());
        }
        return switch (unit.type()) {
            case ENTERPRISE -> Scope.enterprise(unit.id());
            case GOVERNMENT -> Scope.region(unit.regionCode());
            case DEPARTMENT ->
                unit.comprehensive()
                        ? Scope.region(unit.regionCode())
                        : Scope.regionIndustries(unit.regionCode(), lineage.ofUnit(unit.id()));
            case OPERATOR -> Scope.none();
        };
    }
}
