package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.ScopeFixture;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.inspection.ChecklistTemplate;
import app.redline.inspection.TemplateAdministration;
import app.redline.organization.OrganizationSeeds;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 22's "done when", in Chinese: the department's supervisor puts an inspector on duty; the
 * enterprise's safety manager records an accident from the enterprise's page on a phone; its level
 * is computed and shown with why, and the inspector on duty is told and finds it from the bell; the
 * supervisor opens the trace-back and launches a campaign from the accident (举一反三).
 */
class AccidentBrowserTests extends BrowserTest {

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    ScopeFixture fixture;

    @BeforeEach
    void people() {
        fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser("acc-duty", "值班检查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser("acc-chief", "危化局长", fixture.chemicalsDepartment, Set.of(Role.SUPERVISOR), PASSWORD);
        accounts.ensureUser(
                "acc-manager", "化工厂安全员", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        templates.ensure(TEMPLATE, Set.of(), List.of(new ChecklistTemplate.Item("有限空间作业前检测气体", null, false)));
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    static final String TEMPLATE = "举一反三浏览器测试表";

    @Autowired
    TemplateAdministration templates;

    void value(String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    @Test
    void anAccidentIsRecordedItsLevelComputedAndTheDutyPersonTold() throws IOException {
        // The supervisor puts the inspector on duty today, with the duty room's phone.
        signIn("acc-chief", PASSWORD);
        browser.get(url("/accidents"));
        submit(By.id("duty-roster"));
        value("from", Today.date().toString());
        new Select(browser.findElement(By.id("userId"))).selectByVisibleText("值班检查员");
        browser.findElement(By.id("phone")).sendKeys("0750-3333110");
        submit(By.id("duty-add"));
        assertThat(text("duty-" + Today.date())).contains("值班检查员", "0750-3333110");
        screenshot("duty-roster");

        // The safety manager records an accident on a phone: three dead, a larger accident.
        browser.manage().deleteAllCookies();
        signIn("acc-manager", PASSWORD);
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/enterprises/" + fixture.chemicalsInTown));
        submit(By.id("record-accident-link"));
        LocalDateTime now = LocalDateTime.now(Today.ZONE).truncatedTo(ChronoUnit.MINUTES);
        value("occurredAt", now.minusMinutes(35).toString());
        new Select(browser.findElement(By.id("type"))).selectByValue("POISONING_ASPHYXIATION");
        browser.findElement(By.id("place")).sendKeys("污水处理池");
        browser.findElement(By.id("summary")).sendKeys("清理污水池时三人先后中毒窒息");
        browser.findElement(By.id("deaths")).clear();
        browser.findElement(By.id("deaths")).sendKeys("3");
        browser.findElement(By.id("minorInjuries")).clear();
        browser.findElement(By.id("minorInjuries")).sendKeys("1");
        assertFitsTheWidth();
        submit(By.id("record-accident"));
        assertThat(text("accident-level")).isEqualTo("较大事故");
        assertThat(text("accident-why")).contains("死亡3人，达到3人，属较大事故");
        assertThat(text("accident-calls")).contains("值班检查员", "值班人员", "0750-3333110");
        assertThat(text("accident-reports")).contains("首报", "按时");
        assertFitsTheWidth();
        screenshot("accident-recorded-phone");
        String page = browser.getCurrentUrl();

        // The inspector on duty finds it from the bell.
        browser.manage().deleteAllCookies();
        signIn("acc-duty", PASSWORD);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/notifications"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("接报生产安全事故", "污水处理池");
        submit(By.cssSelector("form[action$='/read'] button"));
        assertThat(browser.getCurrentUrl()).isEqualTo(page);
        assertThat(text("accident-summary")).isEqualTo("清理污水池时三人先后中毒窒息");
        screenshot("accident-duty-inspector");

        // The department's supervisor opens the trace-back, then launches a campaign from it.
        browser.manage().deleteAllCookies();
        signIn("acc-chief", PASSWORD);
        browser.get(page);
        submit(By.id("trace-back-link"));
        assertThat(text("trace-back")).contains("责任倒查", "检查情况", "隐患及其治理结果", "风险分级管控和隐患排查");
        screenshot("accident-trace-back");
        browser.get(page);
        submit(By.id("launch-campaign-link"));
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("举一反三：测试东镇化工厂中毒和窒息事故专项排查");
        new Select(browser.findElement(By.id("templateId"))).selectByVisibleText(TEMPLATE);
        submit(By.id("launch-button"));
        assertThat(text("campaign-origin")).contains("因测试东镇化工厂事故开展");
        screenshot("accident-campaign");
        submit(By.cssSelector("#campaign-origin a"));
        assertThat(text("accident-campaigns")).contains("举一反三：测试东镇化工厂中毒和窒息事故专项排查");
    }
}
