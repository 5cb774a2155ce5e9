package app.redline.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enterprises by id with their regions and industries, for a page of other rows: one query, the
 * names of regions and industries from the reference data.
 */
@Component
@RequiredArgsConstructor
class EnterpriseRows {

    private final JdbcClient jdbc;
    private final ReferenceData reference;

    Map<Long, EnterpriseRow> of(Set<Long> ids) {
        return read(ids, "");
    }

    /** An enterprise (not another kind of unit) by id, with the codes of its industries; null when there is none. */
    EnterpriseRow enterprise(long id) {
        return read(Set.of(id), " and u.type = 'ENTERPRISE'").get(id);
    }

    private Map<Long, EnterpriseRow> read(Set<Long> ids, String condition) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Named> regionsByCode = new HashMap<>();
        reference.regions().forEach(r -> regionsByCode.put(r.named().code(), r.named()));
        List<ReferenceData.IndustryEntry> catalogue = reference.industries();
        Map<Long, EnterpriseRow> rows = new HashMap<>();
        jdbc.sql("""
                        select u.id, u.name, u.credit_code, u.region_code, u.risk_level, u.address, u.principal,
                               u.safety_manager, u.phone, u.active,
                               array(select ui.industry_code from unit_industry ui where ui.unit_id = u.id)
                        from unit u where u.id = any(:ids)""" + condition).param("ids", ids.toArray(Long[]::new)).query(rs -> {
            Set<String> codes = Set.of((String[]) rs.getArray(11).getArray());
            rows.put(
                    rs.getLong(1),
                    new EnterpriseRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            // a region added on another instance a moment ago: its code until known here
                            regionsByCode.computeIfAbsent(rs.getString(4), c -> new Named(c, c, c)),
                            rs.getString(5) == null ? null : RiskLevel.valueOf(rs.getString(5)),
                            catalogue.stream()
                                    .filter(i -> codes.contains(i.named().code()))
                                    .map(ReferenceData.IndustryEntry::named)
                                    .toList(),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getBoolean(10)));
        });
        return rows;
    }
}
