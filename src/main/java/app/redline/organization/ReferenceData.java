package app.redline.organization;

import app.redline.system.Forgetting;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The regions, the industry catalogue and the names of the units that are not enterprises
 * (departments, governments, the operator), read on nearly every page (names of a dashboard's rows,
 * the pickers of the filters, who found a hazard) and changed a few times a year: kept in memory per
 * instance. A change through this instance's administration forgets them when it commits; a change
 * through another instance shows here after {@code redline.reference.recent-for} (60 s; zero reads them every time,
 * as the tests do). Scope never depends on them: it is the units' own region codes and industries.
 */
@Component
@RequiredArgsConstructor
class ReferenceData {

    /** A region as the pages need it: its names, level and parent. */
    record RegionEntry(Named named, RegionLevel level, String parentCode) {}

    /** An industry of the catalogue: its names, parent and place. */
    record IndustryEntry(Named named, String parentCode, int sortOrder) {}

    private record Snapshot(
            long readAt, List<RegionEntry> regions, List<IndustryEntry> industries, Map<Long, String> unitNames) {}

    private final RegionRepository regionRepository;
    private final IndustryRepository industryRepository;
    private final UnitRepository unitRepository;

    @Value("${redline.reference.recent-for:60s}")
    private Duration recentFor;

    private volatile Snapshot snapshot;

    /** Every region, by code (a code sorts right after its parent's). */
    List<RegionEntry> regions() {
        return current().regions();
    }

    /** The industry catalogue by sort order. */
    List<IndustryEntry> industries() {
        return current().industries();
    }

    /** The names of the units that are not enterprises, by id (one created since may be missing). */
    Map<Long, String> unitNames() {
        return current().unitNames();
    }

    /** Forgets what is kept, now and again when the current transaction commits. */
    void changed() {
        Forgetting.nowAndAtTheEnd(() -> snapshot = null);
    }

    private Snapshot current() {
        Snapshot kept = snapshot;
        long now = System.nanoTime();
        if (kept != null && now - kept.readAt() < recentFor.toNanos()) {
            return kept;
        }
        List<RegionEntry> regions = regionRepository.findAllByOrderByCodeAsc().stream()
                .map(r -> new RegionEntry(Named.of(r), r.getLevel(), r.getParentCode()))
                .toList();
        List<IndustryEntry> industries = industryRepository.findAllByOrderBySortOrderAsc().stream()
                .map(i -> new IndustryEntry(Named.of(i), i.getParentCode(), i.getSortOrder()))
                .toList();
        Map<Long, String> unitNames = new HashMap<>();
        for (Object[] unit : unitRepository.findIdsAndNamesOfNonEnterprises()) {
            unitNames.put((Long) unit[0], (String) unit[1]);
        }
        Snapshot fresh = new Snapshot(now, regions, industries, Map.copyOf(unitNames));
        if (!recentFor.isZero() && !recentFor.isNegative()) {
            snapshot = fresh;
        }
        return fresh;
    }
}
