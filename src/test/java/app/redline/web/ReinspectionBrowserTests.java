package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.inspection.ChecklistTemplate;
import app.redline.inspection.TemplateAdministration;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The department orders the deadline and re-inspects, on a 390 px phone in Chinese: the inspector
 * issues a notice with a date, the mall's safety manager cannot plan past it, the re-inspection is
 * in the inspector's work, and its opinion prints numbered with Chinese dates.
 */
class ReinspectionBrowserTests extends BrowserTest {

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
    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void people() {
        fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser("re-inspector", "复查检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser("re-safety", "商场安全员", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    void date(String id, LocalDate value) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value.toString());
    }

    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    @Test
    void theNoticeBindsTheDeadlineAndTheReinspectionIsRecordedOnAPhone() throws IOException {
        String checklist = "复查检查表" + System.nanoTime();
        templates.ensure(
                checklist,
                Set.of("T_COMMERCE"),
                List.of(
                        new ChecklistTemplate.Item("疏散通道畅通", "《消防法》第二十八条", false),
                        new ChecklistTemplate.Item("应急照明完好", "GB 51309", false)));
        signIn("re-inspector", PASSWORD);
        browser.get(url("/inspections/new?enterprise=" + fixture.commerceInCounty));
        new Select(browser.findElement(By.id("templateId"))).selectByVisibleText(checklist);
        click(By.id("start-inspection"));
        waitFor("checklist");
        String inspection = browser.getCurrentUrl().replaceAll(".*/inspections/(\\d+).*", "$1");
        click(By.cssSelector("#checklist li:nth-child(1) input[value='FAIL']"));
        browser.findElement(By.cssSelector("#checklist li:nth-child(1) input[name^='note_']"))
                .sendKeys("一楼东侧疏散通道堆放纸箱");
        click(By.cssSelector("#checklist li:nth-child(2) input[value='FAIL']"));
        browser.findElement(By.cssSelector("#checklist li:nth-child(2) input[name^='note_']"))
                .sendKeys("二楼应急灯不亮");
        click(By.id("complete-inspection"));
        waitFor("flash-message");

        // The notice: rectify by tomorrow, re-inspect the day after.
        LocalDate deadline = today.plusDays(1);
        LocalDate reinspection = today.plusDays(2);
        browser.get(url("/inspections/" + inspection + "/notice"));
        date("deadline", deadline);
        date("reinspection", reinspection);
        click(By.id("issue"));
        waitFor("notice");
        assertThat(text("notice")).contains(chinese(deadline), "请于" + chinese(deadline) + "前整改完毕");
        screenshot("reinspection-notice-phone");
        List<Long> hazards = jdbc.sql("select id from hazard where inspection_id = :id order by id")
                .param("id", Long.valueOf(inspection))
                .query(Long.class)
                .list();

        // The enterprise cannot plan past the ordered date; left as offered, it is the ordered one.
        browser.manage().deleteAllCookies();
        signIn("re-safety", PASSWORD);
        browser.get(url("/hazards/" + hazards.get(0)));
        assertThat(text("plan-ordered")).contains("整改通知书责令于" + deadline + "前整改完毕");
        assertThat(browser.findElement(By.id("deadline")).getAttribute("value")).isEqualTo(deadline.toString());
        browser.findElement(By.id("measures")).sendKeys("清理纸箱");
        browser.findElement(By.id("responsiblePerson")).sendKeys("张三");
        date("deadline", deadline.plusDays(30));
        click(By.id("submit-plan"));
        waitFor("assign-plan");
        assertThat(browser.findElement(By.id("assign-plan")).getText()).contains("整改方案不得超过该期限");
        screenshot("reinspection-plan-refused-phone");
        date("deadline", deadline);
        click(By.id("submit-plan"));
        assertThat(text("hazard-ordered")).contains(deadline.toString());

        // The inspector finds the re-inspection in his work and records it.
        browser.manage().deleteAllCookies();
        signIn("re-inspector", PASSWORD);
        browser.get(url("/"));
        assertThat(text("my-work-items")).contains("复查", "应于" + reinspection + "复查");
        click(By.cssSelector("a[href$='/inspections/" + inspection + "/reinspections/new']"));
        waitFor("reinspection-form");
        click(By.id("rectified_" + hazards.get(0)));
        click(By.id("notRectified_" + hazards.get(1)));
        browser.findElement(By.id("note_" + hazards.get(1))).sendKeys("应急灯仍不亮");
        browser.findElement(By.id("photo_" + hazards.get(1)))
                .sendKeys(FieldWorkBrowserTests.smallPhoto().toString());
        screenshot("reinspection-form-phone");
        click(By.id("save-reinspection"));
        // Refused (no new date yet): what was entered and the photo are kept.
        assertThat(text("general-problems")).contains("请填写未整改隐患的继续整改期限");
        assertThat(browser.findElement(By.id("note_" + hazards.get(1))).getAttribute("value"))
                .isEqualTo("应急灯仍不亮");
        assertThat(browser.findElement(By.id("notRectified_" + hazards.get(1))).isSelected())
                .isTrue();
        assertThat(browser.findElements(By.cssSelector("#hazard-" + hazards.get(1) + " .kept-photos img")))
                .hasSize(1);
        LocalDate newDeadline = today.plusDays(5);
        date("newDeadline", newDeadline);
        date("nextReinspection", today.plusDays(6));
        click(By.id("save-reinspection"));
        assertThat(text("reinspection"))
                .contains("整改复查意见书", "复查〔" + today.getYear() + "〕", "已整改", "未整改", "应急灯仍不亮")
                .contains("请于" + chinese(newDeadline) + "前继续整改");
        screenshot("reinspection-opinion-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
        screenshot("reinspection-opinion-desktop");
        assertThat(jdbc.sql("select count(*) from hazard_photo where hazard_id = :id and stage = 'RECHECK'")
                        .param("id", hazards.get(1))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
