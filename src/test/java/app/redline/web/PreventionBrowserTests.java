package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.prevention.FreshEnterprise;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A safety manager builds the enterprise's risk register on a phone, in Chinese: a storage area, a
 * unit of it, an event assessed by LEC, its control measure and an investigation task; the unit and
 * the enterprise take the event's level. The county government reads it and cannot change it.
 */
class PreventionBrowserTests extends BrowserTest {

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    Long enterprise;
    String manager;

    @BeforeEach
    void people() {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        FreshEnterprise fresh = FreshEnterprise.create(organizationSeeds, accounts, "危化品仓储公司", PASSWORD);
        enterprise = fresh.id();
        manager = fresh.manager();
        accounts.ensureUser("risk-gov", "东区政府监管员", fixture.countyGovernment, Set.of(Role.SUPERVISOR), PASSWORD);
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @Test
    void aSafetyManagerBuildsTheRegisterOnAPhone() throws IOException {
        // The county government's silent enterprises before: the new enterprise has done nothing yet.
        signIn("risk-gov", PASSWORD);
        browser.get(url("/prevention"));
        long silentBefore = silentCount();
        browser.manage().deleteAllCookies();

        signIn(manager, PASSWORD);
        browser.get(url("/enterprises/" + enterprise));
        click(By.id("enterprise-risks"));
        waitFor("register-empty");

        browser.findElement(By.id("name")).sendKeys("甲类仓库");
        new Select(browser.findElement(By.id("kind"))).selectByValue("STORAGE");
        browser.findElement(By.id("location")).sendKeys("厂区东北角");
        submit(By.cssSelector("#object-form button[type='submit']"));
        assertThat(text("flash-message")).isEqualTo("已添加风险分析对象。");

        new Select(browser.findElement(By.id("objectId"))).selectByVisibleText("甲类仓库");
        browser.findElement(By.id("unit-name")).sendKeys("易燃液体储存区");
        browser.findElement(By.id("unit-department")).sendKeys("仓储部");
        browser.findElement(By.id("unit-responsible")).sendKeys("赵六");
        browser.findElement(By.id("unit-phone")).sendKeys("13800000000");
        click(By.cssSelector("#unit-form button[type='submit']"));
        assertThat(text("unit-title")).isEqualTo("易燃液体储存区");
        assertThat(text("unit-level")).isEqualTo("未评估");

        // LEC 3 × 6 × 15 = 270: a high (orange) risk.
        browser.findElement(By.id("event-description")).sendKeys("易燃液体泄漏引发火灾");
        browser.findElement(By.id("event-accident-type")).sendKeys("火灾");
        click(By.cssSelector("input[name='method'][value='LEC']"));
        browser.findElement(By.id("event-likelihood")).sendKeys("3");
        browser.findElement(By.id("event-exposure")).sendKeys("6");
        browser.findElement(By.id("event-severity")).sendKeys("15");
        submit(By.cssSelector("#event-form button[type='submit']"));
        assertThat(text("flash-message")).isEqualTo("已评估并添加安全风险事件。");
        assertThat(text("unit-level")).isEqualTo("较大风险（橙）");
        assertThat(browser.findElement(By.cssSelector(".risk-assessment")).getText())
                .isEqualTo("L 3 × E 6 × C 15 = 270");

        new Select(browser.findElement(By.id("eventId"))).selectByVisibleText("易燃液体泄漏引发火灾");
        new Select(browser.findElement(By.cssSelector("#measure-form select[name='kind']")))
                .selectByValue("ENGINEERING");
        browser.findElement(By.id("measure-description")).sendKeys("设置可燃气体报警器并与通风联锁");
        submit(By.cssSelector("#measure-form button[type='submit']"));
        assertThat(text("flash-message")).isEqualTo("已添加管控措施。");

        new Select(browser.findElement(By.id("measureId"))).selectByVisibleText("设置可燃气体报警器并与通风联锁");
        browser.findElement(By.id("task-content")).sendKeys("检查报警器是否正常");
        new Select(browser.findElement(By.id("cycle"))).selectByValue("SHIFT");
        browser.findElement(By.id("task-post")).sendKeys("仓库管理员");
        submit(By.cssSelector("#task-form button[type='submit']"));
        assertThat(text("flash-message")).isEqualTo("已添加隐患排查任务。");
        assertThat(browser.findElement(By.cssSelector(".risk-task")).getText()).contains("检查报警器是否正常", "每班", "仓库管理员");
        assertFitsTheWidth();
        screenshot("prevention-unit-phone");

        browser.get(url("/enterprises/" + enterprise + "/risks"));
        assertThat(text("units-orange")).isEqualTo("1");
        assertThat(text("units-red")).isEqualTo("0");
        assertFitsTheWidth();
        screenshot("prevention-register-phone");
        browser.get(url("/enterprises/" + enterprise));
        assertThat(browser.findElement(By.cssSelector(".risk-chip")).getText()).isEqualTo("较大风险（橙）");

        // The task is due now in the manager's work: one tap records it, "hazard found" opens the
        // report with the place and the check filled in.
        browser.get(url("/"));
        click(By.cssSelector("#work-investigations a"));
        waitFor("investigations");
        assertThat(browser.findElement(By.cssSelector(".investigation-content")).getText())
                .isEqualTo("检查报警器是否正常");
        assertFitsTheWidth();
        screenshot("prevention-investigations-phone");
        click(By.cssSelector(".investigation-hazard"));
        waitFor("hazard-form");
        assertThat(browser.findElement(By.id("location")).getAttribute("value")).isEqualTo("易燃液体储存区");
        assertThat(browser.findElement(By.id("description")).getAttribute("value"))
                .startsWith("检查报警器是否正常");
        browser.navigate().back();
        waitFor("investigations");
        submit(By.cssSelector(".investigation-normal"));
        assertThat(text("flash-message")).isEqualTo("已记录为正常。");
        assertThat(text("investigations-none")).isEqualTo("当前没有应完成的排查任务。");

        // The county government reads the register and has no forms to change it.
        browser.manage().deleteAllCookies();
        signIn("risk-gov", PASSWORD);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/enterprises/" + enterprise + "/risks"));
        assertThat(text("units-orange")).isEqualTo("1");
        assertThat(browser.findElements(By.id("object-form"))).isEmpty();
        click(By.cssSelector(".risk-unit-link"));
        waitFor("unit-title");
        assertThat(browser.findElements(By.id("event-form"))).isEmpty();
        screenshot("prevention-unit-desktop");

        // Its figures: the enterprise that investigated today is no longer silent.
        click(By.id("nav-prevention"));
        waitFor("prevention-rate");
        assertThat(silentCount()).isEqualTo(silentBefore - 1);
        screenshot("prevention-figures-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        waitFor("prevention-rate");
        assertFitsTheWidth();
        screenshot("prevention-figures-phone");
    }

    /** The number in the heading "N 天内未开展排查：M 家企业". */
    long silentCount() {
        String heading = browser.findElement(By.cssSelector("section h2")).getText();
        return Long.parseLong(heading.replaceAll(".*：(\\d+).*", "$1"));
    }
}
