package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.prevention.FreshEnterprise;
import app.redline.system.TableFile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The prevention loop as practised, on a phone: a safety manager fills in the register's template
 * and imports it; its daily tasks are due at once in the manager's work; one is done as normal and
 * one with a hazard reported from it; the district government sees the day's completion and its
 * silent enterprises change.
 */
class RegisterImportBrowserTests extends BrowserTest {

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    FreshEnterprise fresh;

    @BeforeEach
    void people() {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        fresh = FreshEnterprise.create(organizationSeeds, accounts, "危化品储运公司", PASSWORD);
        accounts.ensureUser("import-gov", "东区政府监管员", fixture.countyGovernment, Set.of(Role.SUPERVISOR), PASSWORD);
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    /** The government's figures of today: due, done, found, silent, and the completion as shown. */
    record Today(long due, long done, long found, long silent, String rate) {}

    Today governmentFigures() {
        String day = LocalDate.now(clock).toString();
        browser.get(url("/prevention?from=" + day + "&to=" + day + "&days=30"));
        waitFor("prevention-rate");
        String heading = browser.findElement(By.cssSelector("section h2")).getText();
        return new Today(
                Long.parseLong(text("prevention-due")),
                Long.parseLong(text("prevention-done")),
                Long.parseLong(text("prevention-found")),
                Long.parseLong(heading.replaceAll(".*：(\\d+).*", "$1")),
                text("prevention-rate"));
    }

    @Test
    void aManagerImportsTheTemplateDoesTodaysTasksOnAPhoneAndTheGovernmentSeesIt() throws Exception {
        signIn("import-gov", PASSWORD);
        Today before = governmentFigures();
        browser.manage().deleteAllCookies();

        // The manager takes the template from the import page and fills it in.
        signIn(fresh.manager(), PASSWORD);
        browser.get(url("/enterprises/" + fresh.id() + "/risks"));
        click(By.id("register-import"));
        waitFor("import-form");
        assertFitsTheWidth();
        String template = browser.findElement(By.id("template-xlsx")).getAttribute("href");
        List<TableFile.TableRow> templateRows = TableFile.read(new ByteArrayInputStream(download(template)), 10);
        assertThat(templateRows.get(1).cell(0)).startsWith("示例：");
        List<String> header = templateRows.get(0).cells();
        String person = fresh.name().replaceAll("\\d+$", "") + "安全员";
        Path filled = fill(
                header,
                List.of(
                        row("检查可燃气体报警器是否正常", "工程技术", "可燃气体报警器与通风联锁", "仓库管理员", "", "否"),
                        row("检查进库人员着装", "操作行为", "严禁烟火、穿防静电工作服", "仓库管理员", "", "否"),
                        row("检查灭火器压力和消防沙", "应急措施", "配置灭火器和消防沙", "", person, "是")));
        browser.findElement(By.id("file")).sendKeys(filled.toString());
        click(By.id("import-submit"));
        assertThat(text("import-done")).isEqualTo("导入完成。 共 3 行：新增 3，更新 0，未变 0。");
        screenshot("register-import-phone");

        // The register has the unit at its level, and today's tasks are due in the manager's work.
        browser.get(url("/enterprises/" + fresh.id() + "/risks"));
        assertThat(text("units-orange")).isEqualTo("1");
        click(By.cssSelector(".four-colour-unit"));
        waitFor("unit-title");
        // The phone typed as a number in the spreadsheet stays the number as typed.
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("13800000000", "仓储部", "赵六");
        browser.get(url("/"));
        click(By.cssSelector("#work-investigations a"));
        waitFor("investigations");
        assertThat(browser.findElements(By.cssSelector(".investigation-content")))
                .extracting(e -> e.getText())
                .containsExactlyInAnyOrder("检查可燃气体报警器是否正常", "检查进库人员着装", "检查灭火器压力和消防沙");
        assertFitsTheWidth();

        submit(By.xpath("//li[.//strong[text()='检查可燃气体报警器是否正常']]//button[contains(@class,'investigation-normal')]"));
        assertThat(text("flash-message")).isEqualTo("已记录为正常。");
        click(By.xpath("//li[.//strong[text()='检查灭火器压力和消防沙']]//a[contains(@class,'investigation-hazard')]"));
        waitFor("hazard-form");
        assertThat(browser.findElement(By.id("location")).getAttribute("value")).isEqualTo("甲类仓库A区");
        browser.findElement(By.id("description")).sendKeys("：2号灭火器压力不足");
        new Select(browser.findElement(By.id("category"))).selectByValue("UNSAFE_CONDITION");
        click(By.cssSelector("input[name='grade'][value='GENERAL']"));
        submit(By.id("report-hazard"));
        assertThat(text("flash-message")).isEqualTo("隐患已上报。");
        browser.get(url("/investigations"));
        assertThat(browser.findElements(By.cssSelector(".investigation-content")))
                .extracting(e -> e.getText())
                .containsExactly("检查进库人员着装");
        screenshot("register-import-investigations-phone");

        // The district government: three more due today, two done (one with a hazard), one fewer silent.
        browser.manage().deleteAllCookies();
        signIn("import-gov", PASSWORD);
        Today after = governmentFigures();
        assertThat(after.due()).isEqualTo(before.due() + 3);
        assertThat(after.done()).isEqualTo(before.done() + 2);
        assertThat(after.found()).isEqualTo(before.found() + 1);
        assertThat(after.silent()).isEqualTo(before.silent() - 1);
        assertThat(after.rate()).isEqualTo(Math.round(100.0 * Math.min(after.due(), after.done()) / after.due()) + "%");
        assertFitsTheWidth();
        screenshot("register-import-government-phone");
    }

    static List<String> row(
            String task, String measureKind, String measure, String post, String assignee, String responsible) {
        return List.of(
                "甲类仓库",
                "仓储区域",
                "厂区东北角",
                "甲类仓库A区",
                "仓储部",
                "赵六",
                "13800000000",
                "切断电源，疏散人员，拨打119",
                "易燃液体泄漏引发火灾",
                "火灾",
                "LEC",
                "3",
                "6",
                "15",
                "",
                measureKind,
                measure,
                task,
                "每天",
                post,
                assignee,
                responsible);
    }

    /** The template's header with these rows under it, as the manager saves it. */
    static Path fill(List<String> header, List<List<String>> rows) throws Exception {
        Path file = scratchFolder("uploads").resolve("风险清单.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Excel", "1.0");
            Worksheet sheet = workbook.newWorksheet("风险清单");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.matches("\\d+")) {
                        sheet.value(r + 1, c, Long.parseLong(value));
                    } else if (!value.isEmpty()) {
                        sheet.value(r + 1, c, value);
                    }
                }
            }
            workbook.finish();
        }
        return file;
    }

    /** What the link gives the signed-in browser (headless Chromium does not save downloads here). */
    byte[] download(String link) throws Exception {
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(link))
                                .header("Cookie", "SESSION=" + session)
                                .header("Accept-Language", "zh-CN")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
