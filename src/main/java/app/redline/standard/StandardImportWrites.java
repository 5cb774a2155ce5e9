package app.redline.standard;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.Changes;
import app.redline.standard.StandardImport.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the catalogue holds, as an import of standards compares with it, and the writing of a checked
 * import (in its transaction): each standard new or renamed, its industries, its new and corrected
 * clauses, one audit entry per standard changed, and which edition of each code is current.
 */
@Component
@RequiredArgsConstructor
class StandardImportWrites {

    private static final String AUDIT_TYPE = StandardImport.AUDIT_TYPE;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    /** A clause already in the catalogue, and whether anything names it. */
    record Known(Long id, Long standardId, String text, boolean cited) {}

    /** The standards in the catalogue by code and edition. */
    Map<String, Long> standards() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, code, edition from judgement_standard").query(rs -> {
            ids.put(rs.getString("code") + "\u0000" + rs.getInt("edition"), rs.getLong("id"));
        });
        return ids;
    }

    /** The clauses in the catalogue by code, edition and number. */
    Map<String, Known> known() {
        Map<String, Known> clauses = new HashMap<>();
        jdbc.sql("select c.id, c.standard_id, s.code, s.edition, c.number, c.text,"
                        + " exists (select 1 from hazard h where h.judgement_clause_id = c.id)"
                        + " or exists (select 1 from checklist_item i where i.standard_clause_id = c.id) as cited"
                        + " from standard_clause c join judgement_standard s on s.id = c.standard_id")
                .query(rs -> {
                    clauses.put(
                            rs.getString("code") + "\u0000" + rs.getInt("edition") + "\u0000" + rs.getString("number"),
                            new Known(
                                    rs.getLong("id"),
                                    rs.getLong("standard_id"),
                                    rs.getString("text"),
                                    rs.getBoolean("cited")));
                });
        return clauses;
    }

    void write(List<Row> rows, Map<String, Long> standards, Map<String, Known> known) {
        Map<String, List<Row>> byStandard = new LinkedHashMap<>();
        rows.forEach(
                r -> byStandard.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        List<AuditEntry> audit = new ArrayList<>();
        for (List<Row> group : byStandard.values()) {
            Row first = group.get(0);
            Long id = standards.get(first.key());
            boolean isNew = id == null;
            Changes changes = Changes.diff();
            if (isNew) {
                id = jdbc.sql("insert into judgement_standard (code, edition, name, name_en) values"
                                + " (:code, :edition, :name, :nameEn) returning id")
                        .param("code", first.code())
                        .param("edition", first.edition())
                        .param("name", first.name())
                        .param("nameEn", first.nameEn())
                        .query(Long.class)
                        .single();
                changes.field("name", first.name()).field("edition", first.edition());
            } else {
                Map<String, Object> was = jdbc.sql("select name, name_en from judgement_standard where id = :id")
                        .param("id", id)
                        .query()
                        .singleRow();
                String nameEn = first.nameEn() == null ? (String) was.get("name_en") : first.nameEn();
                if (!first.name().equals(was.get("name")) || !java.util.Objects.equals(nameEn, was.get("name_en"))) {
                    jdbc.sql("update judgement_standard set name = :name, name_en = :nameEn, version = version + 1"
                                    + " where id = :id")
                            .param("name", first.name())
                            .param("nameEn", nameEn)
                            .param("id", id)
                            .update();
                    changes.field("name", was.get("name"), first.name());
                }
            }
            Set<String> industries = new TreeSet<>();
            group.forEach(r -> industries.addAll(r.industries()));
            if (!industries.isEmpty()) {
                jdbc.sql("delete from judgement_standard_industry where standard_id = :id")
                        .param("id", id)
                        .update();
                for (String industry : industries) {
                    jdbc.sql("insert into judgement_standard_industry (standard_id, industry_code) values (:id, :code)")
                            .param("id", id)
                            .param("code", industry)
                            .update();
                }
            }
            int position = jdbc.sql("select coalesce(max(position), 0) from standard_clause where standard_id = :id")
                    .param("id", id)
                    .query(Integer.class)
                    .single();
            int added = 0;
            int corrected = 0;
            for (Row row : group) {
                Known clause = known.get(row.key() + "\u0000" + row.clause());
                if (clause == null) {
                    jdbc.sql("insert into standard_clause (standard_id, position, number, text)"
                                    + " values (:id, :position, :number, :text)")
                            .param("id", id)
                            .param("position", ++position)
                            .param("number", row.clause())
                            .param("text", row.text())
                            .update();
                    added++;
                } else if (!clause.text().equals(row.text())) {
                    jdbc.sql("update standard_clause set text = :text where id = :id")
                            .param("text", row.text())
                            .param("id", clause.id())
                            .update();
                    corrected++;
                }
            }
            if (added > 0) {
                changes.field("clausesAdded", added);
            }
            if (corrected > 0) {
                changes.field("clausesCorrected", corrected);
            }
            if (!changes.isEmpty()) {
                audit.add(new AuditEntry(
                        isNew ? "CREATE" : "UPDATE",
                        AUDIT_TYPE,
                        id,
                        first.name() + " (" + first.edition() + ")",
                        null,
                        changes));
            }
        }
        // The newest edition of each code is the one offered when grading.
        jdbc.sql("update judgement_standard s set current = (s.edition = (select max(t.edition)"
                        + " from judgement_standard t where t.code = s.code))")
                .update();
        auditLog.recordAll(audit);
    }
}
