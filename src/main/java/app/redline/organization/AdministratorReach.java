package app.redline.organization;

import static app.redline.organization.UnitSpecifications.active;
import static app.redline.organization.UnitSpecifications.matching;
import static app.redline.organization.UnitSpecifications.namedOrCoded;
import static app.redline.organization.UnitSpecifications.withId;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator manages: everything (a global administrator) or a region subtree; the
 * units it may pick (a user's unit), name in an import and count on its overview.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AdministratorReach {

    private final RegionRepository regions;
    private final UnitRepository units;

    /**
     * The active units an administrator manages, by credit code and by exact name: how an import
     * names a unit. A name two units share maps to both.
     */
    public Map<String, List<Long>> unitsByKey(Scope administratorScope) {
        List<Unit> managed = switch (administratorScope.kind()) {
            case ALL -> units.findAllByActiveTrueOrderByTypeAscNameAsc();
            case REGION ->
                units.findAllByActiveTrueAndRegion_CodeStartingWithOrderByTypeAscNameAsc(
                        administratorScope.regionCode());
            default -> List.of();
        };
        Map<String, List<Long>> byKey = new HashMap<>();
        for (Unit unit : managed) {
            byKey.computeIfAbsent(unit.getName(), k -> new ArrayList<>()).add(unit.getId());
            if (unit.getCreditCode() != null) {
                byKey.computeIfAbsent(unit.getCreditCode(), k -> new ArrayList<>())
                        .add(unit.getId());
            }
        }
        return byKey;
    }

    /**
     * The active units an administrator with this scope manages whose name or credit code matches a
     * text (all when blank), at most {@code limit}, ordered by type and name: a unit picker's
     * options. The unit {@code include} (the one chosen so far) is added if it is managed and active.
     */
    public List<UnitSummary> unitsManagedBy(Scope administratorScope, String text, Long include, int limit) {
        Specification<Unit> managed =
                UnitAdministration.managedBy(administratorScope).and(active());
        Specification<Unit> matching = managed.and(namedOrCoded(text));
        List<Unit> found = new ArrayList<>(units.findAll(matching, PageRequest.of(0, limit, AdminUnitController.ORDER))
                .getContent());
        if (include != null && found.stream().noneMatch(u -> u.getId().equals(include))) {
            units.findOne(managed.and(withId(include))).ifPresent(unit -> found.add(0, unit));
        }
        return found.stream().map(UnitSummary::of).toList();
    }

    public boolean isManagedBy(Scope administratorScope, Long unitId) {
        return switch (administratorScope.kind()) {
            case ALL -> units.existsById(unitId);
            case REGION ->
                units.findById(unitId)
                        .map(Unit::getRegionCode)
                        .map(RegionCode.of(administratorScope.regionCode())::contains)
                        .orElse(false);
            default -> false;
        };
    }

    /** Active units by type, of everything or of an administrator's region subtree. */
    public Map<UnitType, Long> unitCounts(Scope administratorScope) {
        Map<UnitType, Long> counts = new EnumMap<>(UnitType.class);
        for (UnitType type : UnitType.values()) {
            counts.put(type, 0L);
        }
        String prefix = administratorScope.kind() == Scope.Kind.REGION
                ? RegionCode.of(administratorScope.regionCode()).subtree()
                : null;
        if (administratorScope.kind() == Scope.Kind.ALL || prefix != null) {
            for (Object[] row : units.countActiveByType(prefix)) {
                counts.put((UnitType) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    public long regionCount(Scope administratorScope) {
        return switch (administratorScope.kind()) {
            case ALL -> regions.count();
            case REGION -> regions.countByCodeStartingWith(administratorScope.regionCode());
            default -> 0;
        };
    }
}
