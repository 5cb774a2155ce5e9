package app.redline.standard;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.Changes;
import app.redline.organization.AdministrativeImport;
import app.redline.organization.IndustryLookup;
import app.redline.organization.Scope;
import app.redline.system.ImportColumns;
import app.redline.system.ImportColumns.Column;
import app.redline.system.ImportProblem;
import app.redline.system.ImportReport;
import app.redline.system.ImportTemplate;
import app.redline.system.TableFile.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the clauses of judgement standards from a table, a row per clause under its standard's
 * code and edition. A new code or edition makes a new edition (the newest edition of a code is the
 * one offered when grading); a new clause number adds the clause; a known one whose text differs is
 * corrected, unless a hazard or a checklist item names it — then its text stands and the revised
 * standard is imported as a new edition. Clauses are never removed. Only an administrator of the
 * whole installation imports: the catalogue is everyone's.
 */
@Service
@RequiredArgsConstructor
class StandardImport implements AdministrativeImport {

    static final String AUDIT_TYPE = "STANDARD";

    static final ImportColumns COLUMNS = new ImportColumns(List.of(
            Column.required("code", "Standard code", "标准编号", "文号", "编号"),
            Column.required("edition", "Edition", "版本", "年份", "年版"),
            Column.required("name", "Standard name", "标准名称", "名称"),
            Column.required("number", "Clause number", "条款号", "条款", "条目"),
            Column.required("text", "Clause text", "条款内容", "内容", "判定情形"),
            Column.optional("nameEn", "English name", "英文名称"),
            Column.optional("industries", "Industries", "适用行业", "行业")));

    static final int MAX_ROWS = 5_001;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final IndustryLookup industryLookup;

    /** One valid row. */
    private record Row(
            int number,
            String code,
            int edition,
            String name,
            String nameEn,
            Set<String> industries,
            String clause,
            String text) {

        String key() {
            return code + "\u0000" + edition;
        }
    }

    /** A clause already in the catalogue, and whether anything names it. */
    private record Known(Long id, Long standardId, String text, boolean cited) {}

    @Override
    public Sheet sheet() {
        return new Sheet("standards", COLUMNS, MAX_ROWS);
    }

    @Override
    @Transactional
    public ImportReport run(Scope admin, List<TableRow> table, boolean checkOnly) {
        List<ImportProblem> problems = new ArrayList<>();
        if (admin.kind() != Scope.Kind.ALL) {
            problems.add(new ImportProblem(1, null, "import.standards.global"));
            return AdministrativeImport.refused(table, problems);
        }
        IndustryLookup.Names industryCodes = industryLookup.names();
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = AdministrativeImport.readRows(
                table, COLUMNS, problems, (line, at) -> check(line, at, industryCodes, seen, problems));
        if (rows == null) {
            return AdministrativeImport.refused(table, problems);
        }
        Map<String, Long> standards = standards();
        Map<String, Known> known = known();
        int created = 0;
        int updated = 0;
        for (Row row : rows) {
            Known clause = known.get(row.key() + "\u0000" + row.clause());
            if (clause == null) {
                created++;
            } else if (!clause.text().equals(row.text())) {
                if (clause.cited()) {
                    problems.add(new ImportProblem(row.number(), "text", "import.standards.cited", row.clause()));
                }
                updated++;
            }
        }
        if (!problems.isEmpty()) {
            return AdministrativeImport.refused(table, problems);
        }
        if (!checkOnly) {
            write(rows, standards, known);
        }
        return new ImportReport(
                table.size() - 1, List.of(), created, updated, rows.size() - created - updated, checkOnly);
    }

    private Row check(
            TableRow line,
            Map<String, Integer> at,
            IndustryLookup.Names industryCodes,
            Map<String, Integer> seen,
            List<ImportProblem> problems) {
        int before = problems.size();
        int n = line.number();
        String code = text(line, at, "code", 60, problems);
        String editionCell = text(line, at, "edition", 4, problems);
        String name = text(line, at, "name", 200, problems);
        String clause = text(line, at, "number", 60, problems);
        String body = text(line, at, "text", 2000, problems);
        String nameEn = text(line, at, "nameEn", 300, problems);
        int edition = 0;
        if (editionCell != null) {
            try {
                edition = Integer.parseInt(editionCell);
            } catch (NumberFormatException e) {
                edition = -1;
            }
            if (edition < 1949 || edition > 2100) {
                problems.add(new ImportProblem(n, "edition", "import.standards.edition", editionCell));
            }
        }
        for (String required : List.of("code", "edition", "name", "number", "text")) {
            if (cell(line, at, required) == null) {
                problems.add(new ImportProblem(n, required, "import.value.required"));
            }
        }
        String industryCell = cell(line, at, "industries");
        Set<String> industries = industryCell == null
                ? Set.of()
                : industryCodes.parse(
                        industryCell,
                        unknown ->
                                problems.add(new ImportProblem(n, "industries", "import.industry.unknown", unknown)));
        if (problems.size() > before) {
            return null;
        }
        Row row = new Row(n, code, edition, name, nameEn, industries, clause, body);
        Integer earlier = seen.putIfAbsent(row.key() + "\u0000" + clause, n);
        if (earlier != null) {
            problems.add(new ImportProblem(n, "number", "import.standards.repeated", clause));
            return null;
        }
        return row;
    }

    private void write(List<Row> rows, Map<String, Long> standards, Map<String, Known> known) {
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

    /** The template's example row: a clause of the industry and trade standard. */
    @Override
    public ImportTemplate.Extras templateExtras(Scope admin, Locale locale) {
        String mark =
                ImportTemplate.EXAMPLE_MARKS.get(Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? 0 : 1);
        return new ImportTemplate.Extras(
                List.of(
                        mark + "应急管理部令第10号",
                        "2023",
                        "工贸企业重大事故隐患判定标准",
                        "第三条（二）",
                        "特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的",
                        "Criteria for major accident hazards in industry and trade enterprises",
                        "INDUSTRY_TRADE"),
                List.of());
    }

    private Map<String, Long> standards() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, code, edition from judgement_standard").query(rs -> {
            ids.put(rs.getString("code") + "\u0000" + rs.getInt("edition"), rs.getLong("id"));
        });
        return ids;
    }

    private Map<String, Known> known() {
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

    /** A cell, null when blank; a long one is a problem of its column. */
    private static String text(
            TableRow line, Map<String, Integer> at, String column, int max, List<ImportProblem> problems) {
        String value = cell(line, at, column);
        if (value != null && value.length() > max) {
            problems.add(new ImportProblem(line.number(), column, "import.value.tooLong"));
        }
        return value;
    }

    private static String cell(TableRow line, Map<String, Integer> at, String column) {
        Integer index = at.get(column);
        String value = index == null ? "" : line.cell(index).strip();
        return value.isEmpty() ? null : value;
    }
}
