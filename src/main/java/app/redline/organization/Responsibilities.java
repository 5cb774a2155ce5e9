package app.redline.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who answers for whom, read from the one definition of it, the {@code supervision} view (V19): a
 * department supervises the enterprises of its region subtree in the industries it covers (an
 * industry includes its sub-sectors); a comprehensive department (emergency management) covers
 * every industry on top of the industries it is the department of; a government answers for its
 * region subtree. An active enterprise whose industries no department takes as its own is a gap in
 * responsibility, even where comprehensive supervision reaches it.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Responsibilities {

    /** An active enterprise of the administrator's region that no department governs by industry. */
    private static final String UNSUPERVISED = " from unit e where e.type = 'ENTERPRISE' and e.active"
            + " and e.region_code like :prefix and not exists (select 1 from supervision v"
            + " where v.enterprise_id = e.id and v.by_industry)";

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final OrganizationService organization;

    /** The number of active enterprises of the administrator's region with no industry department. */
    public long unsupervisedCount(Scope admin) {
        return jdbc.sql("select count(*)" + UNSUPERVISED)
                .param("prefix", prefix(admin))
                .query(Long.class)
                .single();
    }

    boolean hasIndustrySupervisor(Unit enterprise) {
        return jdbc.sql("select count(*) from supervision where enterprise_id = :id and by_industry")
                        .param("id", enterprise.getId())
                        .query(Long.class)
                        .single()
                > 0;
    }

    Page<UnitRow> unsupervised(Scope admin, Pageable pageable) {
        List<Long> ids = jdbc.sql("select e.id" + UNSUPERVISED + " order by e.name, e.id limit :limit offset :offset")
                .param("prefix", prefix(admin))
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(Long.class)
                .list();
        Map<Long, Unit> found =
                units.findAllWithRegionByIdIn(ids).stream().collect(Collectors.toMap(Unit::getId, u -> u));
        List<UnitRow> rows = ids.stream().map(found::get).map(UnitRow::of).toList();
        return new PageImpl<>(rows, pageable, unsupervisedCount(admin));
    }

    /**
     * The active departments that supervise an enterprise (industry departments of its industries,
     * comprehensive departments) and the governments of its region and the regions above it,
     * nearest first.
     */
    List<Supervisor> supervisorsOf(Unit enterprise) {
        Map<Long, Boolean> governs = new LinkedHashMap<>();
        jdbc.sql("select v.supervisor_id, v.by_industry from supervision v join unit d on d.id = v.supervisor_id"
                        + " where v.enterprise_id = :id order by length(d.region_code) desc, d.type, d.name")
                .param("id", enterprise.getId())
                .query((rs, n) -> governs.put(rs.getLong("supervisor_id"), rs.getBoolean("by_industry")))
                .list();
        Map<Long, Unit> found =
                units.findAllWithRegionByIdIn(governs.keySet()).stream().collect(Collectors.toMap(Unit::getId, u -> u));
        return governs.entrySet().stream()
                .map(e -> new Supervisor(UnitRow.of(found.get(e.getKey())), e.getValue()))
                .toList();
    }

    /**
     * A unit that answers for an enterprise, and on what grounds: its government (territorial), a
     * department of its industry (industry), a department of every industry (comprehensive) — the
     * emergency-management bureau may be both, when it also governs the enterprise's industry.
     */
    public record Supervisor(UnitRow unit, boolean governsIndustry) {

        /** The message keys of its grounds, in the order territorial, industry, comprehensive. */
        public List<String> grounds() {
            if (unit.type() == UnitType.GOVERNMENT) {
                return List.of("responsibility.territorial");
            }
            List<String> grounds = new ArrayList<>();
            if (governsIndustry) {
                grounds.add("responsibility.industry");
            }
            if (unit.comprehensive()) {
                grounds.add("responsibility.comprehensive");
            }
            return grounds;
        }
    }

    /** The number of active enterprises a department or government answers for. */
    long enterpriseCount(Unit unit) {
        return organization.overview(organization.scopeOf(unit.getId(), false)).enterprises();
    }

    /** The regions below a government's (or any unit's) region, in tree order. */
    List<RegionOption> subRegions(Unit unit) {
        return organization.regionsManagedBy(Scope.region(unit.getRegionCode())).stream()
                .filter(r -> !r.code().equals(unit.getRegionCode()))
                .toList();
    }

    private static String prefix(Scope admin) {
        return switch (admin.kind()) {
            case ALL -> "%";
            case REGION -> RegionCode.of(admin.regionCode()).subtree();
            default -> "-";
        };
    }
}
