package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21's "done when", on a phone, in Chinese: a member of the public opens an enterprise's
 * reporting page from the QR code of its poster and reports anonymously with a photo; the
 * department's inspector verifies it into a hazard and proposes a reward; the reporter's status page,
 * opened with the case number and the follow-up code, shows the outcome and the proposed reward.
 */
class PublicReportBrowserTests extends BrowserTest {

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
        accounts.ensureUser("pub-inspector", "危化核查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser(
                "pub-manager", "化工厂安全员", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @Test
    void aMemberOfThePublicReportsAndSeesTheOutcomeAndTheReward() throws IOException {
        // The enterprise's poster carries the address its QR code opens.
        signIn("pub-manager", PASSWORD);
        browser.get(url("/enterprises/" + fixture.chemicalsInTown));
        submit(By.id("enterprise-poster"));
        assertThat(browser.findElement(By.id("poster-public-qr")).getAttribute("innerHTML"))
                .contains("<svg");
        URI qr = URI.create(text("poster-url"));
        assertFitsTheWidth();
        screenshot("public-report-poster-phone");
        browser.manage().deleteAllCookies();

        // Anyone, without an account: the report with a photo, anonymous.
        browser.get(url(qr.getPath() + "?" + qr.getQuery()));
        assertThat(text("report-enterprise")).isEqualTo("测试东镇化工厂");
        browser.findElement(By.id("location")).sendKeys("东门外储罐区");
        browser.findElement(By.id("description")).sendKeys("储罐区围堰破损，夜间有人在附近吸烟");
        browser.findElement(By.id("photos"))
                .sendKeys(FieldWorkBrowserTests.smallPhoto().toString());
        assertFitsTheWidth();
        submit(By.id("send-report"));
        String caseNumber = text("case-number");
        String code = text("follow-up-code");
        assertThat(caseNumber).startsWith("JB");
        screenshot("public-report-received-phone");

        // The department's inspector verifies it into a hazard and proposes the reward.
        signIn("pub-inspector", PASSWORD);
        browser.get(url("/public-reports"));
        submit(By.linkText(caseNumber));
        assertImagesLoaded("#case-photos img");
        submit(By.id("raise-hazard"));
        new Select(browser.findElement(By.id("category"))).selectByValue("UNSAFE_CONDITION");
        click(By.cssSelector("input[name='grade'][value='MAJOR']"));
        browser.findElement(By.id("legalBasis")).sendKeys("GB 50351-2014");
        submit(By.id("report-hazard"));
        assertThat(text("flash-message")).isEqualTo("隐患已上报。");
        browser.get(url("/public-reports/"
                + jdbc.sql("select id from public_report where case_number = :c")
                        .param("c", caseNumber)
                        .query(Long.class)
                        .single()));
        assertThat(text("case-state")).isEqualTo("属实，已立案隐患");
        submit(By.id("propose-reward"));
        assertThat(text("flash-message")).isEqualTo("已提出奖励，待本部门负责人批准。");
        assertThat(text("reward-amount")).startsWith("3,000.00");
        browser.manage().deleteAllCookies();

        // The reporter follows the case with the number and the code.
        browser.get(url("/report/status"));
        browser.findElement(By.id("caseNumber")).sendKeys(caseNumber);
        browser.findElement(By.id("code")).sendKeys(code);
        submit(By.id("look-up"));
        assertThat(text("case-state")).isEqualTo("属实，已立案隐患");
        assertThat(text("hazard-outcome")).isEqualTo("经核查属实，已立案为事故隐患，企业须限期整改。");
        assertThat(text("case-reward")).isEqualTo("已提出奖励 3,000.00 元，待批准。");
        assertFitsTheWidth();
        screenshot("public-report-status-phone");
    }
}
