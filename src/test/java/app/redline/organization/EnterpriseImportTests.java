package app.redline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@RedlineTest
@WithUserDetails(value = TestAdmins.COUNTY, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class EnterpriseImportTests {

    static final String CHINESE_HEADER = "企业名称*,统一社会信用代码*,行政区划代码*,行业*,地址,主要负责人,安全管理人员,联系电话,风险等级\r\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UnitRepository units;

    @Autowired
    JdbcClient jdbc;

    ScopeFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
    }

    MvcTestResult upload(String fileName, byte[] content, boolean checkOnly) {
        return mvc.post()
                .uri("/admin/import/enterprises")
                .multipart()
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .param("checkOnly", Boolean.toString(checkOnly))
                .header("Accept-Language", "en")
                .with(csrf())
                .exchange();
    }

    static byte[] csv(String text, Charset charset, boolean bom) {
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    long unitCount() {
        return units.count();
    }

    long version(String creditCode) {
        return units.findByCreditCode(creditCode).orElseThrow().getVersion();
    }

    @Test
    void importsAGoodCsvFileOnceAndAgainChangesNothing() {
        String a = TestCreditCodes.next("970101");
        String b = TestCreditCodes.next("970101");
        String c = TestCreditCodes.next("970101");
        String file = CHINESE_HEADER
                + "导入化工厂," + a + ",970101001,测试危化,东镇一路1号,张一,李一,0750-1111111,红\r\n"
                + "导入商场," + b + "\u3000,970101,T_COMMERCE、T_TRADE,,,,,yellow\r\n"
                + "\"导入建筑公司, 有限\"," + c + ",970101,Test construction,,,,,\r\n";
        long before = unitCount();

        assertThat(upload("enterprises.csv", csv(file, StandardCharsets.UTF_8, true), true))
                .bodyText()
                .contains("The file is valid; nothing was written.", "3 rows: 3 new, 0 updated, 0 unchanged.");
        assertThat(unitCount()).isEqualTo(before);

        assertThat(upload("enterprises.csv", csv(file, StandardCharsets.UTF_8, true), false))
                .hasStatusOk()
                .bodyText()
                .contains("Imported.", "3 rows: 3 new, 0 updated, 0 unchanged.");
        assertThat(unitCount()).isEqualTo(before + 3);
        Unit mall = units.findWithIndustriesById(
                        units.findByCreditCode(b).orElseThrow().getId())
                .orElseThrow();
        assertThat(mall.getIndustryCodes()).containsExactly("T_COMMERCE", "T_TRADE");
        assertThat(mall.getRiskLevel()).isEqualTo(RiskLevel.YELLOW);
        assertThat(units.findByCreditCode(c).orElseThrow().getName()).isEqualTo("导入建筑公司, 有限");
        assertThat(jdbc.sql("select count(*) from audit_record where object_type = 'UNIT' and object_id = :id")
                        .param("id", mall.getId().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        long versionBefore = version(a);

        assertThat(upload("again.csv", csv(file, StandardCharsets.UTF_8, false), false))
                .bodyText()
                .contains("3 rows: 0 new, 0 updated, 3 unchanged.");
        assertThat(unitCount()).isEqualTo(before + 3);
        assertThat(version(a)).isEqualTo(versionBefore);

        String changed = file.replace("导入商场", "导入商场（新址）");
        assertThat(upload("changed.csv", csv(changed, StandardCharsets.UTF_8, true), false))
                .bodyText()
                .contains("3 rows: 0 new, 1 updated, 2 unchanged.");
        assertThat(units.findByCreditCode(b).orElseThrow().getName()).isEqualTo("导入商场（新址）");
    }

    @Test
    void importsAnXlsxWorkbookWithEnglishHeaders() throws Exception {
        String code = TestCreditCodes.next("970101");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Enterprises");
        List<String> header = List.of("Credit code", "Name", "Region code", "Industries", "Risk level");
        List<String> row = List.of(code, "Workbook factory", "970101001", "T_CHEMICALS", "BLUE");
        for (int i = 0; i < header.size(); i++) {
            sheet.value(0, i, header.get(i));
            sheet.value(1, i, row.get(i));
        }
        workbook.finish();

        assertThat(upload("enterprises.xlsx", out.toByteArray(), false))
                .bodyText()
                .contains("1 rows: 1 new, 0 updated, 0 unchanged.");
        assertThat(units.findByCreditCode(code)).get().extracting(Unit::getName).isEqualTo("Workbook factory");
    }

    @Test
    void aFileWithBadRowsIsReportedRowByRowAndNothingIsWritten() {
        String good = TestCreditCodes.next("970101");
        String repeated = TestCreditCodes.next("970101");
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        String file = CHINESE_HEADER
                + "好企业," + good + ",970101,T_CHEMICALS,,,,,\r\n"
                + "坏代码," + wrongCheck + ",970101,T_CHEMICALS,,,,,\r\n"
                + "未知区划," + TestCreditCodes.next("970101") + ",999999,T_CHEMICALS,,,,,\r\n"
                + "越界," + TestCreditCodes.next("970102") + ",970102,T_CHEMICALS,,,,,\r\n"
                + "未知行业," + TestCreditCodes.next("970101") + ",970101,钢铁,,,,,\r\n"
                + "重复一," + repeated + ",970101,T_CHEMICALS,,,,,\r\n"
                + "重复二," + repeated + ",970101,T_CHEMICALS,,,,,\r\n"
                + "西区化工厂,"
                + units.findById(fixture.chemicalsInSiblingCounty).orElseThrow().getCreditCode()
                + ",970101,T_CHEMICALS,,,,,\r\n"
                + "," + TestCreditCodes.next("970101") + ",970101,T_CHEMICALS,,,,,紫\r\n"
                // The enterprise form's own rules hold in a file too: the name's length, the phone.
                + "长".repeat(201) + "," + TestCreditCodes.next("970101")
                + ",970101,T_CHEMICALS,,,,0750-1234567 转 8,\r\n";
        long before = unitCount();

        assertThat(upload("bad.csv", csv(file, StandardCharsets.UTF_8, true), false))
                .hasStatusOk()
                .bodyText()
                .contains("Nothing was imported")
                // Messages about a file that echo the bad value, not form hints.
                .contains("The credit code " + wrongCheck + " is not valid")
                .contains("There is no region with the code 999999.")
                .contains("The region 970102 is outside your region.")
                .contains("There is no industry 钢铁")
                .contains("The credit code " + repeated + " appears in an earlier row of the file.")
                .contains("belongs to a unit outside your region")
                .contains("The risk level “紫” is not one")
                .contains("This required column is empty.")
                .contains("The value is longer than the column takes.")
                .contains("Use digits, spaces and + ( ) - only.")
                .doesNotContain("Choose a region from the list.");
        assertThat(unitCount()).isEqualTo(before);
        assertThat(units.findByCreditCode(good)).isEmpty();
    }

    @Test
    void anUnreadableFileOrAMissingColumnIsAMessage() {
        assertThat(upload(
                        "gbk.csv",
                        csv(CHINESE_HEADER + "国标编码,x,970101,T_CHEMICALS\r\n", Charset.forName("GBK"), false),
                        false))
                .hasStatusOk()
                .bodyText()
                .contains("The CSV file is not UTF-8");
        assertThat(upload(
                        "nocode.csv",
                        csv("Name,Region code,Industries\r\nx,970101,T_CHEMICALS\r\n", StandardCharsets.UTF_8, false),
                        false))
                .bodyText()
                .contains("This required column is missing");
        assertThat(upload("empty.csv", new byte[0], false)).bodyText().contains("Choose a file to import.");
        assertThat(upload("broken.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 1}, false))
                .hasStatusOk()
                .bodyText()
                .contains("cannot be read");
    }

    @Test
    void aWorkbookThatUnpacksToGigabytesIsRefusedBeforeItIsRead() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(packed)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 150; i++) {
                zip.write(spaces);
            }
        }
        assertThat(packed.size()).as("a small upload").isLessThan(1_000_000);
        long before = unitCount();
        assertThat(upload("bomb.xlsx", packed.toByteArray(), false))
                .hasStatusOk()
                .bodyText()
                .contains("unpacks to more than 100 MB");
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void theTemplatesCarryTheHeadersInTheUsersLanguage() throws Exception {
        MvcTestResult csvTemplate = mvc.get()
                .uri("/admin/import/enterprises/template.csv")
                .header("Accept-Language", "zh-CN")
                .exchange();
        assertThat(csvTemplate).hasStatusOk();
        byte[] bytes = csvTemplate.getResponse().getContentAsByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"企业名称*\",\"统一社会信用代码*\"");
        // An example row, which an import of the untouched template skips.
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text.lines().toList().get(1)).startsWith("\"示例：");
        assertThat(upload("template.csv", bytes, true))
                .bodyText()
                .contains("The file is valid; nothing was written.", "0 new, 0 updated");

        MvcTestResult xlsx = mvc.get()
                .uri("/admin/import/enterprises/template.xlsx")
                .header("Accept-Language", "zh-CN")
                .exchange();
        assertThat(xlsx)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            List<String> sheets =
                    workbook.getSheets().map(sheet -> sheet.getName()).toList();
            assertThat(sheets).containsExactly("enterprises", "行政区划代码", "行业代码");
            List<String> regionCodes = new ArrayList<>();
            try (var rows = workbook.getSheet(1).orElseThrow().openStream()) {
                rows.skip(1).forEach(r -> regionCodes.add(r.getCellAsString(0).orElse("")));
            }
            assertThat(regionCodes).contains("970101", "970101001");
            try (var rows = workbook.getFirstSheet().openStream()) {
                assertThat(rows.skip(1)
                                .findFirst()
                                .orElseThrow()
                                .getCellAsString(0)
                                .orElse(""))
                        .startsWith("示例：");
            }
        }
        Path file = Files.createTempFile("template", ".xlsx");
        Files.write(file, xlsx.getResponse().getContentAsByteArray());
        try (var zip = new ZipFile(file.toFile());
                var in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("<dataValidation", "行政区划代码");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    @WithUserDetails(value = "t-supervisor", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void onlyAdministratorsImport() {
        String code = TestCreditCodes.next("970101");
        assertThat(upload(
                        "x.csv",
                        csv(
                                CHINESE_HEADER + "越权," + code + ",970101,T_CHEMICALS,,,,,\r\n",
                                StandardCharsets.UTF_8,
                                true),
                        false))
                .hasStatus(403);
        assertThat(units.findByCreditCode(code)).isEmpty();
        assertThat(mvc.get().uri("/admin/import/enterprises")).hasStatus(403);
    }
}
