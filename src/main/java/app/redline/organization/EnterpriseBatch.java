package app.redline.organization;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.Changes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enterprise import's writes, in SQL batches (a file of ten thousand enterprises is a few
 * statements, not ten thousand entity saves): what already exists by credit code, the inserts and
 * the updates, each audited like a change made on the page.
 */
@Component
@RequiredArgsConstructor
class EnterpriseBatch {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final AuditLog auditLog;

    /** A unit that already has one of the file's credit codes. */
    record Existing(long id, boolean enterprise, String regionCode, Unit.Fields fields) {}

    /** The units that already have these credit codes, by credit code, with their fields. */
    Map<String, Existing> existing(Collection<String> creditCodes) {
        String[] codes = creditCodes.toArray(String[]::new);
        Map<Long, Set<String>> industries = new HashMap<>();
        jdbc.sql("select ui.unit_id, ui.industry_code from unit_industry ui join unit u on u.id = ui.unit_id"
                        + " where u.credit_code = any(:codes)")
                .param("codes", codes)
                .query(rs -> {
                    industries
                            .computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                            .add(rs.getString(2));
                });
        Map<String, Existing> existing = new LinkedHashMap<>();
        jdbc.sql("select id, type, name, credit_code, region_code, address, principal, safety_manager, phone,"
                        + " risk_level from unit where credit_code = any(:codes)")
                .param("codes", codes)
                .query(rs -> {
                    long id = rs.getLong("id");
                    String risk = rs.getString("risk_level");
                    Unit.Fields fields = new Unit.Fields(
                            rs.getString("name"),
                            rs.getString("credit_code"),
                            rs.getString("region_code"),
                            industries.getOrDefault(id, Set.of()),
                            rs.getString("address"),
                            rs.getString("principal"),
                            rs.getString("safety_manager"),
                            rs.getString("phone"),
                            risk == null ? null : RiskLevel.valueOf(risk));
                    existing.put(
                            fields.creditCode(),
                            new Existing(id, "ENTERPRISE".equals(rs.getString("type")), fields.regionCode(), fields));
                });
        return existing;
    }

    /** Inserts new enterprises and their industries in batches, each audited. */
    void insert(List<Unit.Fields> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('unit', 'id')) from generate_series(1, :n)")
                .param("n", rows.size())
                .query(Long.class)
                .list();
        List<Object[]> units = new ArrayList<>(rows.size());
        List<Object[]> industries = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Unit.Fields f = rows.get(i);
            long id = ids.get(i);
            units.add(new Object[] {
                id,
                f.name(),
                f.regionCode(),
                f.creditCode(),
                f.address(),
                f.principal(),
                f.safetyManager(),
                f.phone(),
                f.riskLevel() == null ? null : f.riskLevel().name()
            });
            f.industryCodes().forEach(code -> industries.add(new Object[] {id, code}));
            audit.add(new AuditEntry(
                    "CREATE",
                    UnitAdministration.AUDIT_TYPE,
                    id,
                    f.name(),
                    f.regionCode(),
                    Changes.between(null, f.audited())));
        }
        jdbcTemplate.batchUpdate(
                "insert into unit (id, type, name, region_code, credit_code, address, principal, safety_manager, phone,"
                        + " risk_level) values (?, 'ENTERPRISE', ?, ?, ?, ?, ?, ?, ?, ?)",
                units);
        jdbcTemplate.batchUpdate("insert into unit_industry (unit_id, industry_code) values (?, ?)", industries);
        auditLog.recordAll(audit);
    }

    /** Updates existing enterprises (and, where they changed, their industries) in batches, each audited. */
    void update(List<Unit.Fields> rows, Map<String, Existing> existing) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> units = new ArrayList<>();
        List<Object[]> clearIndustries = new ArrayList<>();
        List<Object[]> industries = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (Unit.Fields f : rows) {
            Existing known = existing.get(f.creditCode());
            units.add(new Object[] {
                f.name(),
                f.regionCode(),
                f.address(),
                f.principal(),
                f.safetyManager(),
                f.phone(),
                f.riskLevel() == null ? null : f.riskLevel().name(),
                known.id()
            });
            if (!known.fields().industryCodes().equals(f.industryCodes())) {
                clearIndustries.add(new Object[] {known.id()});
                f.industryCodes().forEach(code -> industries.add(new Object[] {known.id(), code}));
            }
            audit.add(new AuditEntry(
                    "UPDATE",
                    UnitAdministration.AUDIT_TYPE,
                    known.id(),
                    f.name(),
                    f.regionCode(),
                    Changes.between(known.fields().audited(), f.audited())));
        }
        jdbcTemplate.batchUpdate(
                "update unit set name = ?, region_code = ?, address = ?, principal = ?, safety_manager = ?, phone = ?,"
                        + " risk_level = ?, version = version + 1 where id = ?",
                units);
        jdbcTemplate.batchUpdate("delete from unit_industry where unit_id = ?", clearIndustries);
        jdbcTemplate.batchUpdate("insert into unit_industry (unit_id, industry_code) values (?, ?)", industries);
        auditLog.recordAll(audit);
    }
}
