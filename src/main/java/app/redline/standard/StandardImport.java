package app.redline.standard;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
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

    private final IndustryLookup industryLookup;
    private final StandardImportWrites writes;

    /** One valid row. */
    record Row(
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
        Map<String, Long> standards = writes.standards();
        Map<String, StandardImportWrites.Known> known = writes.known();
        int created = 0;
        int updated = 0;
        for (Row row : rows) {
            StandardImportWrites.Known clause = known.get(row.key() + "\u0000" + row.clause());
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
            writes.write(rows, standards, known);
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
