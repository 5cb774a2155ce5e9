package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.hazard.HazardGrade;
import app.redline.hazard.HazardSeedBuilder;
import app.redline.hazard.HazardSeeds;
import app.redline.inspection.ChecklistTemplate;
import app.redline.inspection.TemplateAdministration;
import app.redline.organization.CreditCode;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a person does, in Debian's headless Chromium (CHROME_BIN and CHROMEDRIVER override the
 * paths). Screenshots land in target/screenshots.
 */
class BrowserTests extends BrowserTest {

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    TemplateAdministration templates;

    @Autowired
    HazardSeeds hazardSeeds;

    @BeforeEach
    void safetyManager() {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser("safety", "黄丽娟", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        accounts.ensureUser("locked-out", "锁定测试", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void safetySignsInAndSeesTheHomePageInChineseThenInEnglish() throws IOException {
        signIn("safety", PASSWORD);
        assertThat(text("welcome")).isEqualTo("欢迎，黄丽娟");
        assertThat(text("home-unit")).contains("测试东区商场");
        assertThat(text("home-region")).isEqualTo("东区");
        assertThat(text("enterprise-home")).contains("测试东区商场", "收到的整改通知书");
        screenshot("home-zh");

        String english = browser.findElement(By.cssSelector("a.lang-link[href$='lang=en']"))
                .getAttribute("href");
        assertThat(english).endsWith("?lang=en");
        browser.get(english);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[lang='en'] #welcome")));
        assertThat(text("welcome")).isEqualTo("Welcome, 黄丽娟");
        assertThat(text("home-region")).isEqualTo("East County");
        assertThat(text("enterprise-home")).contains("Rectification notices received");
        screenshot("home-en");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector(".navbar-toggler")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.id("logout")).isDisplayed())
                .as("menu collapsed")
                .isFalse();
        screenshot("home-phone");
        browser.findElement(By.cssSelector(".navbar-toggler")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        screenshot("home-phone-menu");
        browser.findElement(By.id("logout")).click();
        waitFor("sign-in");
        assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
    }

    @Test
    void errorPagesSpeakTheUsersLanguageAndShowNoStackTrace() throws IOException {
        signIn("safety", PASSWORD);
        browser.get(url("/enterprises/987654321?lang=en"));
        assertThat(text("error-title")).isEqualTo("Not found");
        browser.get(url("/enterprises?risk=PURPLE"));
        assertThat(text("error-title")).isEqualTo("Bad request");
        assertThat(browser.getPageSource()).doesNotContain("Exception", "at app.redline");
        browser.get(url("/enterprises/987654321?lang=zh_CN"));
        assertThat(text("error-title")).isEqualTo("未找到");
        screenshot("not-found-zh");
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameOut() throws IOException {
        for (int i = 0; i < 5; i++) {
            signIn("locked-out", "wrong-password");
        }
        signIn("locked-out", PASSWORD);
        assertThat(text("login-locked")).contains("已锁定 15 分钟");
        screenshot("login-locked");
    }

    @Test
    void anAdministratorSetsUpAnEnterpriseAndItsManagerWhoThenSignsIn() throws IOException {
        TestAdmins.ensure(accounts, new ScopeFixture(organizationSeeds));
        String first17 = "91970101" + String.format("TB%07d", System.nanoTime() % 10_000_000L);
        String creditCode = first17 + CreditCode.checkCharacter(first17);
        String username = "mgr" + System.nanoTime() % 1_000_000L;

        signIn(TestAdmins.GLOBAL, TestAdmins.PASSWORD);
        browser.get(url("/admin"));
        browser.findElement(By.id("section-units")).click();
        browser.findElement(By.id("new-enterprise")).click();
        browser.findElement(By.id("name")).sendKeys("浏览器测试五金厂");
        browser.findElement(By.id("creditCode")).sendKeys(creditCode);
        new Select(browser.findElement(By.id("regionCode"))).selectByValue("970101001");
        browser.findElement(By.id("principal")).sendKeys("王五");
        click(By.cssSelector("input[name='industryCodes'][value='T_CHEMICALS']"));
        screenshot("admin-new-enterprise");
        submit(By.id("save-unit"));
        assertThat(text("flash-message")).isEqualTo("单位已创建。");
        String enterpriseId = browser.getCurrentUrl().replaceAll(".*/admin/units/(\\d+).*", "$1");

        browser.get(url("/admin/users/new"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("赵六");
        browser.findElement(By.id("unit-search")).sendKeys("浏览器测试五金");
        // Wait for the search's answer to replace the options (only matching units left), then choose;
        // an answer arriving while choosing replaces the option, so choosing is retried.
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    var options = d.findElements(By.cssSelector("#unitId option:not([value=''])"));
                    if (options.isEmpty()
                            || !options.stream().allMatch(o -> o.getText().contains("浏览器测试五金"))) {
                        return false;
                    }
                    new Select(d.findElement(By.id("unitId"))).selectByValue(enterpriseId);
                    return enterpriseId.equals(d.findElement(By.id("unitId")).getAttribute("value"));
                });
        click(By.cssSelector("input[name='roles'][value='ENTERPRISE_MANAGER']"));
        browser.findElement(By.id("password")).sendKeys("Initial2026pw");
        submit(By.id("save-user"));
        assertThat(text("flash-message")).contains("用户已创建");
        click(By.id("logout"));
        waitFor("sign-in");

        signIn(username, "Initial2026pw");
        waitFor("change-password");
        browser.findElement(By.id("currentPassword")).sendKeys("Initial2026pw");
        browser.findElement(By.id("newPassword")).sendKeys("Chosen2026pw");
        browser.findElement(By.id("confirmation")).sendKeys("Chosen2026pw");
        click(By.id("change-password"));
        waitFor("sign-in");
        signIn(username, "Chosen2026pw");
        assertThat(text("welcome")).isEqualTo("欢迎，赵六");
        assertThat(text("home-unit")).contains("浏览器测试五金厂");
        assertThat(text("enterprise-home")).contains("浏览器测试五金厂");
        screenshot("new-manager-home");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/enterprises/" + enterpriseId));
        assertThat(browser.getPageSource()).contains(creditCode);
        screenshot("new-manager-enterprise-phone");
    }

    @Test
    void theClosedLoopOfAHazardOnADesktopAndOnAPhone() throws IOException {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser("t-trade-inspector", "工贸检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        Path photo = scratchFolder("uploads").resolve("hazard.png");
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(40, 40, 200, 120);
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", photo.toFile());

        String checklist = "浏览器测试商场检查表";
        templates.ensure(
                checklist,
                Set.of("T_COMMERCE"),
                List.of(
                        new ChecklistTemplate.Item("餐饮场所燃气管道安装可燃气体报警装置", "GB 50028-2006 第10.8.1条", false),
                        new ChecklistTemplate.Item("安全出口、疏散通道畅通", "《消防法》第二十八条", true)));

        signIn("t-trade-inspector", PASSWORD);
        browser.get(url("/enterprises/" + fixture.commerceInCounty));
        click(By.id("new-inspection-link"));
        new Select(browser.findElement(By.id("templateId"))).selectByVisibleText(checklist);
        click(By.id("start-inspection"));
        waitFor("checklist");
        click(By.cssSelector("#checklist li:nth-child(1) input[value='FAIL']"));
        browser.findElement(By.cssSelector("#checklist li:nth-child(1) input[name^='note_']"))
                .sendKeys("三楼餐饮区后厨");
        browser.findElement(By.cssSelector("#checklist li:nth-child(1) input[type='file']"))
                .sendKeys(photo.toAbsolutePath().toString());
        click(By.cssSelector("#checklist li:nth-child(2) input[value='PASS']"));
        screenshot("inspection-checklist");
        submit(By.id("complete-inspection"));
        assertThat(text("flash-message")).isEqualTo("检查已完成，每个不合格项已生成隐患。");
        assertThat(text("inspection-state")).isEqualTo("已完成");
        assertThat(browser.findElements(By.cssSelector("#raised-hazards li"))).hasSize(1);
        click(By.cssSelector("#raised-hazards a"));
        waitFor("hazard-state");
        String hazard = browser.getCurrentUrl().replaceAll(".*/hazards/(\\d+).*", "$1");
        assertThat(text("hazard-state")).isEqualTo("已上报");
        click(By.id("logout"));

        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("safety", PASSWORD);
        browser.get(url("/hazards/" + hazard));
        browser.findElement(By.id("measures")).sendKeys("加装可燃气体报警器并与切断阀联动");
        browser.findElement(By.id("responsiblePerson")).sendKeys("黄丽娟");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        browser.findElement(By.id("deadline")),
                        Today.date().plusDays(10).toString());
        screenshot("hazard-plan-phone");
        submit(By.id("submit-plan"));
        assertThat(text("flash-message")).isEqualTo("整改方案已制定。");
        browser.findElement(By.id("evidence")).sendKeys("已安装报警器，联动测试正常");
        browser.findElement(By.id("evidence-photos"))
                .sendKeys(photo.toAbsolutePath().toString());
        submit(By.id("send-evidence"));
        assertThat(text("flash-message")).isEqualTo("整改材料已提交，等待验收。");
        assertThat(browser.findElements(By.id("accept"))).isEmpty();
        screenshot("hazard-evidence-phone");
        browser.findElement(By.cssSelector(".navbar-toggler")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        click(By.id("logout"));

        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn("t-trade-inspector", PASSWORD);
        browser.get(url("/hazards/" + hazard));
        browser.findElement(By.id("accept-comment")).sendKeys("复查合格");
        submit(By.id("accept"));
        assertThat(text("flash-message")).isEqualTo("整改已验收通过，隐患已销号。");
        assertThat(text("hazard-state")).isEqualTo("已销号");
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSize(4);
        assertThat(text("hazard-description")).isEqualTo("三楼餐饮区后厨");
        assertThat(text("hazard-checklist-item")).isEqualTo("餐饮场所燃气管道安装可燃气体报警装置");
        assertThat(browser.findElements(By.cssSelector("#hazard-photos img"))).hasSize(2);
        assertImagesLoaded("#hazard-photos img");
        screenshot("hazard-closed");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        waitFor("timeline");
        screenshot("hazard-closed-phone");
    }

    @Test
    void aGovernmentDrillsIntoATownListsAMajorHazardAndTheManagerIsNotified() throws IOException {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        Long inspectorId = accounts.ensureUser(
                "t-trade-inspector", "工贸检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser("gov", "张伟", fixture.countyGovernment, Set.of(Role.SUPERVISOR), PASSWORD);
        Long safetyId = accounts.ensureUser(
                "safety", "黄丽娟", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        String tag = Long.toString(System.nanoTime() % 100000);
        String mallHazard = "商场中庭防火卷帘无法降落" + tag;
        String townHazard = "东镇化工厂储罐区静电接地失效" + tag;
        HazardSeeds.Actor inspector = new HazardSeeds.Actor(inspectorId, "工贸检查员", fixture.tradeDepartment);
        HazardSeeds.Actor safety = new HazardSeeds.Actor(safetyId, "黄丽娟", fixture.commerceInCounty);
        hazardSeeds.seed(List.of(
                overdue(fixture.commerceInCounty, inspector, safety, mallHazard, HazardGrade.MAJOR),
                overdue(fixture.chemicalsInTown, inspector, inspector, townHazard, HazardGrade.GENERAL)));

        signIn("gov", PASSWORD);
        click(By.id("nav-overdue"));
        waitFor("overdue-by-region");
        assertThat(browser.findElement(By.id("overdue-table")).getText()).contains(mallHazard, townHazard);
        click(By.cssSelector("#overdue-by-region a[href*='region=970101001']"));
        waitFor("overdue-reset");
        assertThat(browser.findElement(By.id("overdue-table")).getText())
                .contains(townHazard)
                .doesNotContain(mallHazard);
        screenshot("overdue-town");
        click(By.id("overdue-reset"));
        waitFor("overdue-table");
        click(By.linkText(mallHazard));
        waitFor("list-for-supervision");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        browser.findElement(By.id("listing-deadline")),
                        Today.date().plusDays(15).toString());
        browser.findElement(By.id("listing-note")).sendKeys("区政府挂牌督办，限期完成整改");
        submit(By.id("list-button"));
        assertThat(text("flash-message")).isEqualTo("该隐患已挂牌督办。");
        assertThat(text("listed-flag")).isEqualTo("挂牌督办");
        assertThat(browser.findElements(By.id("list-for-supervision"))).isEmpty();
        screenshot("hazard-listed");
        click(By.id("logout"));

        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("safety", PASSWORD);
        assertThat(Integer.parseInt(text("bell-count"))).isPositive();
        click(By.id("bell"));
        waitFor("notifications");
        var notice = browser.findElements(By.cssSelector("#notifications li")).stream()
                .filter(li -> li.getText().contains(mallHazard) && li.getText().contains("挂牌督办"))
                .findFirst()
                .orElseThrow();
        screenshot("notifications-phone");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].click();", notice.findElement(By.cssSelector("button")));
        waitFor("listing");
        assertThat(text("listing")).contains("测试东区人民政府", "区政府挂牌督办，限期完成整改");
        screenshot("hazard-listed-phone");
    }

    @Test
    void aGovernmentLaunchesAFireSafetyCampaignAndTheMallsSelfInspectionShowsOnTheBoard() throws IOException {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser("gov", "张伟", fixture.countyGovernment, Set.of(Role.SUPERVISOR), PASSWORD);
        String checklist = "浏览器测试人员密集场所消防检查表";
        templates.ensure(
                checklist,
                Set.of("T_COMMERCE"),
                List.of(
                        new ChecklistTemplate.Item("安全出口、疏散通道畅通，未被占用、堵塞或封闭", "《消防法》第二十八条", true),
                        new ChecklistTemplate.Item("灭火器配置数量、类型符合要求且在有效期内", "GB 50140-2005", false)));
        String title = "吸取商场火灾教训 人员密集场所消防安全专项整治" + System.nanoTime() % 100000;

        signIn("gov", PASSWORD);
        click(By.id("nav-campaigns"));
        click(By.id("launch-campaign"));
        waitFor("campaign-form");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("reason")).sendKeys("某市商场火灾造成重大伤亡，举一反三排查全区商场的安全出口和消防设施。");
        new Select(browser.findElement(By.id("industryCodes"))).selectByValue("T_COMMERCE");
        new Select(browser.findElement(By.id("templateId"))).selectByVisibleText(checklist);
        click(By.id("preview-targets"));
        waitFor("selection-count");
        assertThat(browser.findElement(By.id("selection")).getText()).contains("测试东区商场");
        screenshot("campaign-preview");
        click(By.id("launch-button"));
        assertThat(text("campaign-title")).isEqualTo(title);
        assertThat(text("flash-message")).isEqualTo("专项整治已发起，对象名单已锁定。");
        String campaign = browser.getCurrentUrl().replaceAll(".*/campaigns/(\\d+).*", "$1");
        assertThat(Integer.parseInt(text("board-selfInspected").replaceAll("\\D", "")))
                .isZero();
        click(By.id("logout"));

        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("safety", PASSWORD);
        waitFor("campaigns-asked");
        click(By.linkText(title));
        click(By.id("self-inspect"));
        waitFor("checklist");
        assertThat(text("inspection-campaign")).isEqualTo(title);
        click(By.cssSelector("#checklist li:nth-child(1) input[value='PASS']"));
        click(By.cssSelector("#checklist li:nth-child(2) input[value='FAIL']"));
        browser.findElement(By.cssSelector("#checklist li:nth-child(2) input[name^='note_']"))
                .sendKeys("二楼服装区 3 具灭火器过期");
        screenshot("campaign-self-inspection-phone");
        submit(By.id("complete-inspection"));
        assertThat(text("flash-message")).isEqualTo("检查已完成，每个不合格项已生成隐患。");
        assertThat(browser.findElements(By.cssSelector("#raised-hazards li"))).hasSize(1);
        click(By.id("logout"));

        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn("gov", PASSWORD);
        browser.get(url("/campaigns/" + campaign));
        waitFor("campaign-board");
        assertThat(text("board-selfInspected")).endsWith("1");
        assertThat(text("board-hazards-total")).endsWith("1");
        assertFitsTheWidth();
        screenshot("campaign-board");
        click(By.id("logout"));

        // The longest navigation bar (an administrator's, in English and in Chinese) fits a laptop's
        // width (folded behind the menu button) and a wide screen's (on one line).
        TestAdmins.ensure(accounts, new ScopeFixture(organizationSeeds));
        signIn(TestAdmins.GLOBAL, TestAdmins.PASSWORD);
        for (int width : new int[] {1280, 1400, 1920}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(url("/admin?lang=en"));
            assertFitsTheWidth();
            browser.get(url("/admin?lang=zh_CN"));
            assertFitsTheWidth();
        }
    }

    private static HazardSeeds.Seed overdue(
            Long enterprise,
            HazardSeeds.Actor inspector,
            HazardSeeds.Actor manager,
            String description,
            HazardGrade grade) {
        return HazardSeedBuilder.of(enterprise, inspector, manager)
                .at("现场", description)
                .grade(grade)
                .deadlineDays(10)
                .build();
    }
}
