package app.redline.organization;

import app.redline.audit.Changes;
import app.redline.system.ImportColumns;
import app.redline.system.ImportColumns.Column;
import app.redline.system.ImportProblem;
import app.redline.system.ImportReport;
import app.redline.system.ImportTemplate;
import app.redline.system.TableFile.TableRow;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports enterprises from a table. Every row is checked first; if any row has a problem nothing is
 * written. A valid file is written in one transaction with batched statements: new credit codes are
 * created, known ones updated where they differ, so importing the same file again changes nothing.
 */
@Service
@RequiredArgsConstructor
class EnterpriseImport implements AdministrativeImport {

    static final ImportColumns COLUMNS = new ImportColumns(List.of(
            Column.required("name", "Name", "企业名称", "名称", "单位名称", "enterprise name"),
            Column.required("creditCode", "Credit code", "统一社会信用代码", "信用代码", "unified social credit code"),
            Column.required("regionCode", "Region code", "行政区划代码", "区划代码"),
            Column.required("industries", "Industries", "行业", "行业领域", "行业代码", "industry", "industry codes"),
            Column.optional("address", "Address", "地址", "经营地址"),
            Column.optional("principal", "Principal", "主要负责人", "负责人"),
            Column.optional("safetyManager", "Safety manager", "安全管理人员", "安全负责人"),
            Column.optional("phone", "Phone", "联系电话", "电话", "contact phone"),
            Column.optional("riskLevel", "Risk level", "风险等级", "风险")));

    static final int MAX_ROWS = 50_001;

    private final JdbcClient jdbc;
    private final Validator validator;
    private final EnterpriseImportTemplate template;
    private final EnterpriseBatch batch;
    private final IndustryLookup industryLookup;

    /** One valid row, ready to write. */
    private record Row(int number, Unit.Fields fields) {}

    @Override
    public Sheet sheet() {
        return new Sheet("enterprises", COLUMNS, MAX_ROWS);
    }

    @Override
    @Transactional
    public ImportReport run(Scope admin, List<TableRow> table, boolean checkOnly) {
        List<ImportProblem> problems = new ArrayList<>();
        Catalogue catalogue = catalogue();
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = AdministrativeImport.readRows(
                table, COLUMNS, problems, (line, at) -> check(admin, line, at, catalogue, seen, problems));
        if (rows == null) {
            return AdministrativeImport.refused(table, problems);
        }
        Map<String, EnterpriseBatch.Existing> existing =
                batch.existing(rows.stream().map(r -> r.fields().creditCode()).toList());
        for (Row row : rows) {
            EnterpriseBatch.Existing known = existing.get(row.fields().creditCode());
            if (known != null && (!known.enterprise() || !UnitAdministration.manages(admin, known.regionCode()))) {
                problems.add(new ImportProblem(row.number(), "creditCode", "import.creditCode.outside"));
            }
        }
        int count = table.size() - 1;
        if (!problems.isEmpty()) {
            return AdministrativeImport.refused(table, problems);
        }
        List<Row> created = new ArrayList<>();
        List<Row> updated = new ArrayList<>();
        for (Row row : rows) {
            EnterpriseBatch.Existing known = existing.get(row.fields().creditCode());
            if (known == null) {
                created.add(row);
            } else if (!Changes.between(known.fields().audited(), row.fields().audited())
                    .isEmpty()) {
                updated.add(row);
            }
        }
        int unchanged = rows.size() - created.size() - updated.size();
        if (!checkOnly) {
            batch.insert(created.stream().map(Row::fields).toList());
            batch.update(updated.stream().map(Row::fields).toList(), existing);
        }
        return new ImportReport(count, List.of(), created.size(), updated.size(), unchanged, checkOnly);
    }

    private Row check(
            Scope admin,
            TableRow line,
            Map<String, Integer> at,
            Catalogue catalogue,
            Map<String, Integer> seen,
            List<ImportProblem> problems) {
        int before = problems.size();
        int n = line.number();
        UnitForm form = new UnitForm();
        form.setName(cell(line, at, "name"));
        form.setCreditCode(cell(line, at, "creditCode"));
        form.setRegionCode(cell(line, at, "regionCode"));
        form.setAddress(cell(line, at, "address"));
        form.setPrincipal(cell(line, at, "principal"));
        form.setSafetyManager(cell(line, at, "safetyManager"));
        form.setPhone(cell(line, at, "phone"));
        // The page's own rules first (lengths, phone), then what only an import needs.
        AdministrativeImport.validate(
                validator,
                form,
                n,
                List.of("name", "creditCode", "regionCode", "address", "principal", "safetyManager", "phone"),
                problems);
        String creditCode = form.getCreditCode() == null ? "" : form.getCreditCode();
        if (creditCode.isEmpty()) {
            problems.add(new ImportProblem(n, "creditCode", "import.value.required"));
        } else if (!CreditCode.isValid(creditCode)) {
            problems.add(new ImportProblem(n, "creditCode", "import.creditCode.invalid", creditCode));
        } else if (seen.putIfAbsent(creditCode, n) != null) {
            problems.add(new ImportProblem(n, "creditCode", "import.creditCode.repeated", creditCode));
        }
        String regionCode = form.getRegionCode() == null ? "" : form.getRegionCode();
        if (!regionCode.isEmpty() && regionCode.length() <= 9) {
            if (!catalogue.regions().contains(regionCode)) {
                problems.add(new ImportProblem(n, "regionCode", "import.region.unknown", regionCode));
            } else if (!UnitAdministration.manages(admin, regionCode)) {
                problems.add(new ImportProblem(n, "regionCode", "import.region.outside", regionCode));
            }
        }
        String industryCell = line.cell(at.get("industries"));
        if (industryCell.isEmpty()) {
            problems.add(new ImportProblem(n, "industries", "import.value.required"));
        }
        Set<String> industries = catalogue
                .industries()
                .parse(
                        industryCell,
                        unknown ->
                                problems.add(new ImportProblem(n, "industries", "import.industry.unknown", unknown)));
        RiskLevel risk = null;
        String riskCell = cell(line, at, "riskLevel");
        if (riskCell != null) {
            risk = RiskLevel.parse(riskCell);
            if (risk == null) {
                problems.add(new ImportProblem(n, "riskLevel", "import.riskLevel.unknown", riskCell));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Row(
                n,
                new Unit.Fields(
                        form.getName(),
                        creditCode,
                        regionCode,
                        industries,
                        form.getAddress(),
                        form.getPrincipal(),
                        form.getSafetyManager(),
                        form.getPhone(),
                        risk));
    }

    /** A cell of the row, null when blank or when the file has no such column. */
    private static String cell(TableRow line, Map<String, Integer> at, String column) {
        Integer index = at.get(column);
        String value = index == null ? "" : line.cell(index);
        return value.isEmpty() ? null : value;
    }

    /**
     * The template's example row (a valid enterprise of the administrator's first region) and the
     * lists of valid region codes (within its reach), industry codes and risk levels.
     */
    @Override
    public ImportTemplate.Extras templateExtras(Scope admin, Locale locale) {
        return template.extras(admin, locale);
    }

    /** The region codes, and the industries by code and by either name (lower-cased). */
    private record Catalogue(Set<String> regions, IndustryLookup.Names industries) {}

    private Catalogue catalogue() {
        Set<String> regions = new HashSet<>(
                jdbc.sql("select code from region").query(String.class).list());
        return new Catalogue(regions, industryLookup.names());
    }
}
