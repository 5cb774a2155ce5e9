package app.redline.organization;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.Changes;
import app.redline.system.ImportColumns;
import app.redline.system.ImportColumns.Column;
import app.redline.system.ImportProblem;
import app.redline.system.ImportReport;
import app.redline.system.TableFile.TableRow;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbcTemplate;
    private final AuditLog auditLog;
    private final Validator validator;

    /** One valid row, ready to write. */
    private record Row(int number, Unit.Fields fields) {}

    @Override
    public String kind() {
        return "enterprises";
    }

    @Override
    public ImportColumns columns() {
        return COLUMNS;
    }

    @Override
    public int maxRows() {
        return MAX_ROWS;
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
        Map<String, Existing> existing = existing(rows);
        for (Row row : rows) {
            Existing known = existing.get(row.fields().creditCode());
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
            Existing known = existing.get(row.fields().creditCode());
            if (known == null) {
                created.add(row);
            } else if (!Changes.between(known.fields().audited(), row.fields().audited())
                    .isEmpty()) {
                updated.add(row);
            }
        }
        int unchanged = rows.size() - created.size() - updated.size();
        if (!checkOnly) {
            insert(created);
            update(updated, existing);
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
        Set<String> industries = new TreeSet<>();
        String industryCell = line.cell(at.get("industries"));
        if (industryCell.isEmpty()) {
            problems.add(new ImportProblem(n, "industries", "import.value.required"));
        }
        for (String token : industryCell.split("[;,，；、|/]+")) {
            if (token.isBlank()) {
                continue;
            }
            String code = catalogue.industries().get(token.strip().toLowerCase(Locale.ROOT));
            if (code == null) {
                problems.add(new ImportProblem(n, "industries", "import.industry.unknown", token.strip()));
                break;
            }
            industries.add(code);
        }
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
    @Transactional(readOnly = true)
    public app.redline.system.ImportTemplate.Extras templateExtras(Scope admin, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        String prefix = admin.kind() == Scope.Kind.REGION
                ? RegionCode.of(admin.regionCode()).subtree()
                : "%";
        List<List<String>> regions = jdbc.sql("select code, name_zh, name_en from region where code like :prefix"
                        + " order by code limit 5000")
                .param("prefix", prefix)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(chinese ? 2 : 3)))
                .list();
        List<List<String>> industries = jdbc.sql(
                        "select code, name_zh, name_en from industry order by sort_order, code")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(chinese ? 2 : 3)))
                .list();
        String region = regions.isEmpty() ? "" : regions.get(regions.size() - 1).get(0);
        String first17 = "91" + (region.length() >= 6 ? region.substring(0, 6) : "440703") + "MA0000001";
        List<String> example = List.of(
                chinese ? "示例：某某五金制品有限公司" : "Example: Sample Hardware Co., Ltd.",
                first17 + CreditCode.checkCharacter(first17),
                region,
                industries.isEmpty() ? "" : industries.get(0).get(0),
                chinese ? "某某路1号" : "1 Sample Road",
                chinese ? "张三" : "Zhang San",
                chinese ? "李四" : "Li Si",
                "0750-1234567",
                chinese ? "蓝" : "blue");
        String codes = chinese ? "代码" : "Code";
        String names = chinese ? "名称" : "Name";
        return new app.redline.system.ImportTemplate.Extras(
                example,
                List.of(
                        new app.redline.system.ImportTemplate.CodeList(
                                chinese ? "行政区划代码" : "Region codes", List.of(codes, names), regions, 2),
                        new app.redline.system.ImportTemplate.CodeList(
                                chinese ? "行业代码" : "Industry codes", List.of(codes, names), industries, 3),
                        new app.redline.system.ImportTemplate.CodeList(
                                null,
                                List.of(codes),
                                (chinese ? List.of("红", "橙", "黄", "蓝") : List.of("red", "orange", "yellow", "blue"))
                                        .stream().map(List::of).toList(),
                                8)));
    }

    /** The region codes, and the industries by code and by either name (lower-cased). */
    private record Catalogue(Set<String> regions, Map<String, String> industries) {}

    private Catalogue catalogue() {
        Set<String> regions = new HashSet<>(
                jdbc.sql("select code from region").query(String.class).list());
        Map<String, String> industries = new HashMap<>();
        jdbc.sql("select code, name_zh, name_en from industry").query(rs -> {
            String code = rs.getString(1);
            industries.put(code.toLowerCase(Locale.ROOT), code);
            industries.put(rs.getString(2).toLowerCase(Locale.ROOT), code);
            industries.put(rs.getString(3).toLowerCase(Locale.ROOT), code);
        });
        return new Catalogue(regions, industries);
    }

    /** A unit that already has one of the file's credit codes. */
    private record Existing(long id, boolean enterprise, String regionCode, Unit.Fields fields) {}

    private Map<String, Existing> existing(List<Row> rows) {
        String[] codes = rows.stream().map(r -> r.fields().creditCode()).toArray(String[]::new);
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

    private void insert(List<Row> rows) {
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
            Unit.Fields f = rows.get(i).fields();
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

    private void update(List<Row> rows, Map<String, Existing> existing) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> units = new ArrayList<>();
        List<Object[]> clearIndustries = new ArrayList<>();
        List<Object[]> industries = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (Row row : rows) {
            Unit.Fields f = row.fields();
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
