package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.ScopeFixture;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.inspection.ChecklistTemplate;
import app.redline.inspection.TemplateAdministration;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inspector and a safety manager on a 390 px phone, in Chinese: the field-work problems of the
 * first wave, each reproduced and shown fixed — a draft keeps its photos, a refused completion keeps
 * everything and names the items, three 8 MB photos go through, a photo cut short is named, a
 * corrected report after a refusal is created once, the acceptance comes after the evidence, a
 * rejection's reason is on top, and each side finds the step in its work.
 */
class FieldWorkBrowserTests extends BrowserTest {

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    TemplateAdministration templates;

    @Autowired
    JdbcClient jdbc;

    ScopeFixture fixture;

    @BeforeEach
    void people() {
        fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser("field-inspector", "现场检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser(
                "field-safety", "现场安全员", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    /** A camera-sized JPEG of noise: about {@code megabytes} MB, as a phone's photo is. */
    static Path cameraPhoto(String name, int megabytes) throws IOException {
        int width = 4000;
        int height = 3000;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(name.hashCode());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = 96 + random.nextInt(64);
                image.setRGB(x, y, (v << 16) | ((v + (x >> 5)) & 0xff) << 8 | ((v + (y >> 5)) & 0xff));
            }
        }
        Path file = scratchFolder("uploads").resolve(name);
        float quality = 0.95f;
        do {
            Files.deleteIfExists(file);
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            quality -= 0.1f;
        } while (Files.size(file) > (megabytes + 1) * 1024L * 1024 && quality > 0.2f);
        return file;
    }

    static Path smallPhoto() throws IOException {
        Path file = scratchFolder("uploads").resolve("item.png");
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(20, 20, 100, 80);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A PNG whose header promises more rows than it holds. */
    static Path truncatedPhoto() throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(3);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        Path whole = scratchFolder("uploads").resolve("whole.png");
        ImageIO.write(image, "png", whole.toFile());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = scratchFolder("uploads").resolve("现场照片-截断.png");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        return cut;
    }

    long y(String css) {
        return ((Number) ((JavascriptExecutor) browser)
                        .executeScript(
                                "return arguments[0].getBoundingClientRect().top + window.scrollY;",
                                browser.findElement(By.cssSelector(css))))
                .longValue();
    }

    WebElement item(int n, String css) {
        return browser.findElement(By.cssSelector("#checklist li:nth-child(" + n + ") " + css));
    }

    @Test
    void anInspectorsChecklistOnAPhoneLosesNothing() throws IOException {
        String checklist = "现场检查表" + System.nanoTime();
        templates.ensure(
                checklist,
                Set.of("T_COMMERCE"),
                List.of(
                        new ChecklistTemplate.Item("疏散通道畅通", "《消防法》第二十八条", false),
                        new ChecklistTemplate.Item("灭火器在有效期内", "GB 50444", false),
                        new ChecklistTemplate.Item("燃气报警器完好", "GB 50028", false)));
        signIn("field-inspector", PASSWORD);
        browser.get(url("/inspections/new?enterprise=" + fixture.commerceInCounty));
        new Select(browser.findElement(By.id("templateId"))).selectByVisibleText(checklist);
        click(By.id("start-inspection"));
        waitFor("checklist");
        String inspection = browser.getCurrentUrl().replaceAll(".*/inspections/(\\d+).*", "$1");

        // 1. The draft keeps the photo attached to an item.
        click(By.cssSelector("#checklist li:nth-child(1) input[value='FAIL']"));
        item(1, "input[name^='note_']").sendKeys("一楼东侧疏散通道堆放纸箱");
        item(1, "input[type='file']").sendKeys(smallPhoto().toString());
        submit(By.id("save-draft"));
        assertThat(text("flash-message")).isEqualTo("草稿已保存。");
        assertThat(browser.findElements(By.cssSelector("#checklist li:nth-child(1) .kept-photos img")))
                .hasSize(1);
        assertImagesLoaded(".kept-photos img");
        screenshot("field-draft-photo-phone");

        // 2. Completing with an item unanswered keeps everything and names the item.
        item(2, "input[name^='note_']").sendKeys("灭火器压力正常");
        click(By.cssSelector("#checklist li:nth-child(2) input[value='PASS']"));
        click(By.id("complete-inspection"));
        assertThat(text("flash-problem")).contains("1 项需要处理");
        assertThat(item(3, ".item-problems").getText()).contains("请为此项选择检查结果");
        assertThat(item(1, "input[name^='note_']").getAttribute("value")).isEqualTo("一楼东侧疏散通道堆放纸箱");
        assertThat(item(2, "input[name^='note_']").getAttribute("value")).isEqualTo("灭火器压力正常");
        assertThat(item(1, "input[value='FAIL']").isSelected()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#checklist li:nth-child(1) .kept-photos img")))
                .hasSize(1);
        screenshot("field-incomplete-phone");

        // 3. Three ordinary 8 MB phone photos, and completion.
        click(By.cssSelector("#checklist li:nth-child(3) input[value='FAIL']"));
        item(3, "input[name^='note_']").sendKeys("二楼后厨报警器无电源");
        for (int n = 1; n <= 3; n++) {
            Path photo = cameraPhoto("IMG_000" + n + ".jpg", 8);
            assertThat(Files.size(photo)).isGreaterThan(6L * 1024 * 1024);
            item(n, "input[type='file']").sendKeys(photo.toString());
        }
        submit(By.id("complete-inspection"));
        assertThat(text("flash-message")).isEqualTo("检查已完成，每个不合格项已生成隐患。");
        assertThat(browser.findElements(By.cssSelector("#raised-hazards li"))).hasSize(2);
        assertThat(jdbc.sql("select count(*) from hazard_photo p join hazard h on h.id = p.hazard_id"
                                + " where h.inspection_id = :id")
                        .param("id", Long.valueOf(inspection))
                        .query(Long.class)
                        .single())
                .as("the draft's photo and two camera photos (item 2 passed, its photo stays with the inspection)")
                .isEqualTo(3);
        screenshot("field-completed-phone");

        // The inspector's work now lists the notice to issue.
        browser.get(url("/"));
        assertThat(text("my-work-items")).contains("下达整改通知书");
    }

    @Test
    void aReportRefusedThenCorrectedIsCreatedOnceAndACutShortPhotoIsNamed() throws IOException {
        signIn("field-inspector", PASSWORD);
        String description = "现场上报" + System.nanoTime();

        // A photo cut short is named, and nothing is created.
        browser.get(url("/hazards/new?enterprise=" + fixture.commerceInCounty));
        browser.findElement(By.id("location")).sendKeys("地下车库");
        browser.findElement(By.id("description")).sendKeys(description);
        new Select(browser.findElement(By.id("category"))).selectByValue("UNSAFE_CONDITION");
        click(By.cssSelector("input[name='grade'][value='GENERAL']"));
        browser.findElement(By.id("photos")).sendKeys(truncatedPhoto().toString());
        click(By.id("report-hazard"));
        waitFor("hazard-form");
        assertThat(browser.findElement(By.id("hazard-form")).getText()).contains("“现场照片-截断.png” 无法作为图片读取");
        assertThat(browser.findElement(By.id("description")).getAttribute("value"))
                .isEqualTo(description);
        screenshot("field-cut-short-photo-phone");

        // Refused for a missing description; Back, correct it, send again: created once.
        browser.get(url("/hazards/new?enterprise=" + fixture.commerceInCounty));
        browser.findElement(By.id("location")).sendKeys("地下车库");
        new Select(browser.findElement(By.id("category"))).selectByValue("UNSAFE_CONDITION");
        click(By.cssSelector("input[name='grade'][value='GENERAL']"));
        click(By.id("report-hazard"));
        waitFor("hazard-form");
        assertThat(browser.findElements(By.cssSelector(".invalid-feedback"))).isNotEmpty();
        browser.navigate().back();
        waitFor("hazard-form");
        browser.findElement(By.id("description")).clear();
        browser.findElement(By.id("description")).sendKeys(description);
        new Select(browser.findElement(By.id("category"))).selectByValue("UNSAFE_CONDITION");
        click(By.cssSelector("input[name='grade'][value='GENERAL']"));
        submit(By.id("report-hazard"));
        assertThat(text("flash-message")).isEqualTo("隐患已上报。");
        assertThat(jdbc.sql("select count(*) from hazard where description = :d")
                        .param("d", description)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theAcceptanceComesAfterTheEvidenceAndARejectionsReasonIsOnTop() throws IOException {
        String description = "验收顺序" + System.nanoTime();
        signIn("field-inspector", PASSWORD);
        browser.get(url("/hazards/new?enterprise=" + fixture.commerceInCounty));
        browser.findElement(By.id("location")).sendKeys("三楼");
        browser.findElement(By.id("description")).sendKeys(description);
        new Select(browser.findElement(By.id("category"))).selectByValue("UNSAFE_CONDITION");
        click(By.cssSelector("input[name='grade'][value='GENERAL']"));
        click(By.id("report-hazard"));
        waitFor("hazard-state");
        String hazard = browser.getCurrentUrl().replaceAll(".*/hazards/(\\d+).*", "$1");
        signOut();

        signIn("field-safety", PASSWORD);
        assertThat(text("work-count")).isNotEqualTo("0");
        screenshot("field-my-work-phone");
        browser.get(url("/hazards?mine=true&q=" + description));
        assertThat(text("hazard-table")).contains(description);
        // The phone ledger: filters folded behind a button, the deadline on every row.
        browser.get(url("/hazards"));
        waitFor("hazard-table");
        assertThat(browser.findElement(By.id("filter-toggle")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("hazard-filter")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#hazard-table tbody tr td.ledger-deadline"))
                        .isDisplayed())
                .isTrue();
        screenshot("ledger-phone");
        click(By.id("filter-toggle"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("hazard-filter")).isDisplayed());
        screenshot("ledger-phone-filters");
        browser.get(url("/hazards/" + hazard));
        browser.findElement(By.id("measures")).sendKeys("清理杂物");
        browser.findElement(By.id("responsiblePerson")).sendKeys("现场安全员");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        browser.findElement(By.id("deadline")),
                        Today.date().plusDays(5).toString());
        click(By.id("submit-plan"));
        browser.findElement(By.id("evidence")).sendKeys("已清理");
        browser.findElement(By.id("evidence-photos")).sendKeys(smallPhoto().toString());
        submit(By.id("send-evidence"));
        assertThat(text("flash-message")).isEqualTo("整改材料已提交，等待验收。");
        signOut();

        signIn("field-inspector", PASSWORD);
        browser.get(url("/hazards/" + hazard));
        waitFor("accept-or-reject");
        assertThat(y("#accept-or-reject")).isGreaterThan(y("#hazard-evidence"));
        assertThat(y("#accept-or-reject")).isGreaterThan(y("#hazard-photos"));
        screenshot("field-acceptance-phone");
        browser.findElement(By.id("reject-reason")).sendKeys("通道仍有纸箱");
        submit(By.id("reject"));
        assertThat(text("flash-message")).isEqualTo("验收不通过，隐患退回整改。");

        signIn("field-safety", PASSWORD);
        browser.get(url("/hazards/" + hazard));
        assertThat(text("last-rejection-reason")).isEqualTo("通道仍有纸箱");
        assertThat(y("#last-rejection")).isLessThan(y("#hazard-description"));
        screenshot("field-rejection-phone");
    }

    void signOut() {
        browser.manage().deleteAllCookies();
    }
}
