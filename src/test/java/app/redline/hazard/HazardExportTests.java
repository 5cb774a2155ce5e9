package app.redline.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Exports hold exactly the rows of the user's scope and filter, in the user's language, safely. */
@RedlineTest
class HazardExportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    HazardSeeds seeds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLedgerAndOverdueExportsHoldExactlyTheScopesRows() throws Exception {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
        Long inspectorId = accounts.ensureUser(
                "t-chem-inspector", "危化检查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), "Password2026");
        HazardSeeds.Actor inspector = new HazardSeeds.Actor(inspectorId, "危化检查员", fixture.chemicalsDepartment);
        String tag = Long.toString(System.nanoTime());
        seeds.seed(List.of(
                seed(fixture.chemicalsInTown, inspector, "=HYPERLINK(\"x\")" + tag, 5),
                seed(fixture.chemicalsInTown, inspector, "东镇导出" + tag, 40),
                seed(fixture.chemicalsInSiblingCounty, inspector, "西区导出" + tag, 5)));
        var county = user(userDetails.loadUserByUsername("t-supervisor"));

        MvcTestResult csv = mvc.get()
                .uri("/hazards/export.csv?q=" + tag)
                .header("Accept-Language", "zh-CN")
                .with(county)
                .exchange();
        assertThat(csv).hasStatusOk();
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF编号,企业,所属区域,所属行业,具体部位,隐患描述,不符合检查项,");
        assertThat(text.lines().findFirst().orElseThrow())
                .contains("发现单位", "整改措施", "整改资金", "整改责任单位", "销号日期", "验收人", "验收意见");
        // Named by the installation's date (Asia/Shanghai), not the server's.
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .contains(LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".csv");
        assertThat(text)
                .contains("东镇导出" + tag, "\"'=HYPERLINK(\"\"x\"\")" + tag + "\"")
                .doesNotContain("西区导出" + tag);
        assertThat(text.lines().count()).isEqualTo(3);

        MvcTestResult xlsx =
                mvc.get().uri("/overdue/export.xlsx?q=" + tag).with(county).exchange();
        assertThat(xlsx).hasStatusOk();
        List<String> descriptions = new ArrayList<>();
        List<Object> reportedOn = new ArrayList<>();
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                rows.skip(1).forEach(row -> {
                    descriptions.add(row.getCellAsString(5).orElse(""));
                    reportedOn.add(row.getCellAsDate(11).orElse(null));
                });
            }
        }
        // Dates are real dates; the header stays in view and filters.
        assertThat(reportedOn).isNotEmpty().allMatch(d -> d instanceof LocalDateTime);
        String sheetXml = sheetXml(xlsx.getResponse().getContentAsByteArray());
        assertThat(sheetXml).contains("ySplit=\"1\"", "<autoFilter", "<col ");
        long expected = jdbc.sql("select count(*) from hazard h join unit u on u.id = h.enterprise_id"
                        + " where u.region_code like '970101%' and h.state <> 'CLOSED' and h.deadline < current_date"
                        + " and h.description like :tag")
                .param("tag", "%" + tag)
                .query(Long.class)
                .single();
        assertThat(descriptions).hasSize((int) expected).containsExactly("=HYPERLINK(\"x\")" + tag);
        assertThat(mvc.get().uri("/hazards/export.pdf").with(county)).hasStatus(404);
    }

    private static String sheetXml(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        Files.write(file, xlsx);
        try (var zip = new ZipFile(file.toFile())) {
            var entry = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(entry).as("the first worksheet").isNotNull();
            try (var in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static HazardSeeds.Seed seed(
            Long enterprise, HazardSeeds.Actor inspector, String description, int deadlineDays) {
        return HazardSeedBuilder.of(enterprise, inspector, inspector)
                .at("库房", description)
                .deadlineDays(deadlineDays)
                .build();
    }
}
