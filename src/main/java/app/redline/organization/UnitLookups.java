package app.redline.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What pages look up of units they show or act for — region codes, names, kinds — by one statement
 * each, or from memory where it does not change (a unit's kind) or changes rarely (the names of
 * departments and governments, {@link ReferenceData}). Served through {@link OrganizationService}.
 */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class UnitLookups {

    static final int UNIT_TYPES_KEPT = 100_000;

    private final UnitRepository units;
    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final Map<Long, UnitType> unitTypes = new ConcurrentHashMap<>();

    /** The region codes of units by id, in one query (units without a region are left out). */
    public Map<Long, String> regionCodesOf(Set<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        units.findAllWithRegionByIdIn(ids).forEach(unit -> {
            if (unit.getRegionCode() != null) {
                codes.put(unit.getId(), unit.getRegionCode());
            }
        });
        return codes;
    }

    /**
     * The names of these units, as a page shows them: departments' and governments' from memory
     * ({@link ReferenceData}), enterprises' (and a unit created a moment ago) by one statement.
     */
    public Map<Long, String> unitNames(Set<Long> ids) {
        Map<Long, String> known = reference.unitNames();
        Map<Long, String> names = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Long id : ids) {
            if (id != null) {
                String name = known.get(id);
                if (name != null) {
                    names.put(id, name);
                } else {
                    unknown.add(id);
                }
            }
        }
        if (!unknown.isEmpty()) {
            jdbc.sql("select id, name from unit where id = any(:ids)")
                    .param("ids", unknown.toArray(Long[]::new))
                    .query(row -> {
                        names.put(row.getLong(1), row.getString(2));
                    });
        }
        return names;
    }

    /**
     * The kind of a unit (its region not read). A unit's kind never changes, so once read it is
     * kept (up to {@link #UNIT_TYPES_KEPT} units; then all are forgotten and read again): the pages
     * that decide whose turn it is ask it on every request.
     */
    public Optional<UnitType> unitType(Long id) {
        UnitType known = id == null ? null : unitTypes.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UnitType> read = units.findById(id).map(Unit::getType);
        read.ifPresent(type -> {
            if (unitTypes.size() >= UNIT_TYPES_KEPT) {
                unitTypes.clear();
            }
            unitTypes.put(id, type);
        });
        return read;
    }
}
