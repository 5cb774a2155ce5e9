package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.ScopeFixture;
import app.redline.Today;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.hazard.HazardGrade;
import app.redline.hazard.HazardSeedBuilder;
import app.redline.hazard.HazardSeeds;
import app.redline.hazard.HazardState;
import app.redline.organization.CreditCode;
import app.redline.organization.EnterpriseDetails;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.RiskLevel;
import app.redline.reporting.ReportPeriod;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the regulation asks to be reported, as the people do it (issue 20's "done when"): an
 * enterprise's principal signs and submits the quarter's statistics table and the district sees it
 * submitted and another enterprise late; a major hazard goes through its report, plan, treatment,
 * evaluation, restart approval, write-off application and approval; the district submits its
 * roll-up and the city sees it.
 */
class ReportingBrowserTests extends BrowserTest {

    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    HazardSeeds seeds;

    @Autowired
    JdbcClient jdbc;

    Long signing;
    String signingName;
    Long silent;
    String silentName;
    Long hazard;

    @BeforeEach
    void people() {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        int n = NEXT.incrementAndGet();
        signingName = "报表测试商场" + n;
        silentName = "报表测试酒店" + n;
        signing = enterprise(signingName, "RA" + String.format("%07d", n));
        silent = enterprise(silentName, "RB" + String.format("%07d", n));
        Long managerId =
                accounts.ensureUser("rep-manager-" + n, "商场安全员", signing, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        accounts.ensureUser("rep-principal-" + n, "商场总经理", signing, Set.of(Role.PRINCIPAL), PASSWORD);
        Long inspectorId = accounts.ensureUser(
                "rep-inspector", "工贸检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser("rep-gov", "东区政府监管员", fixture.countyGovernment, Set.of(Role.SUPERVISOR), PASSWORD);
        accounts.ensureUser("rep-city", "市政府监管员", fixture.cityGovernment, Set.of(Role.SUPERVISOR), PASSWORD);
        String description = "中庭防火卷帘无法联动下降" + n;
        seeds.seed(List.of(HazardSeedBuilder.of(
                        signing,
                        new HazardSeeds.Actor(inspectorId, "工贸检查员", fixture.tradeDepartment),
                        new HazardSeeds.Actor(managerId, "商场安全员", signing))
                .at("中庭", description)
                .grade(HazardGrade.MAJOR)
                .reportedDaysAgo(2)
                .deadlineDays(30)
                .state(HazardState.REPORTED)
                .build()));
        hazard = jdbc.sql("select id from hazard where description = :d")
                .param("d", description)
                .query(Long.class)
                .single();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    Long enterprise(String name, String tail) {
        String first17 = "91970101" + tail;
        return organizationSeeds.ensureEnterprise(
                new EnterpriseDetails(
                        name,
                        first17 + CreditCode.checkCharacter(first17),
                        "测试路1号",
                        "总经理",
                        "安全员",
                        "0750-0000000",
                        RiskLevel.BLUE),
                "970101001",
                Set.of("T_COMMERCE"));
    }

    void as(String username) {
        browser.manage().deleteAllCookies();
        signIn(username, PASSWORD);
    }

    void type(String id, String text) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, text);
    }

    @Test
    void theQuarterIsSignedAMajorHazardIsWrittenOffAndTheRollupGoesUp() throws IOException {
        int n = NEXT.get();
        ReportPeriod quarter = ReportPeriod.recent(Today.date(), 1).get(0);

        // The principal signs and submits the quarter's table.
        as("rep-principal-" + n);
        browser.get(url("/reports/statistics"));
        submit(By.cssSelector("#period-" + quarter.code() + " a"));
        waitFor("sign-form");
        browser.findElement(By.id("funds")).sendKeys("8.5");
        browser.findElement(By.id("remarks")).sendKeys("已完成消防设施专项检修");
        click(By.id("confirm"));
        submit(By.id("sign-button"));
        assertThat(text("flash-message")).isEqualTo("统计分析表已签字并报送监管部门。");
        assertThat(text("table-signature")).startsWith("主要负责人商场总经理于");
        screenshot("reporting-table-signed");

        // The district sees it submitted, and the town's other enterprise late.
        as("rep-gov");
        browser.get(url("/reports/submissions?period=" + quarter.code() + "&region=970101001"));
        assertThat(text("submission-" + signing)).contains(signingName, "逾期报送");
        assertThat(text("submission-" + silent)).contains(silentName, "未报送（已逾期）");
        assertFitsTheWidth();
        screenshot("reporting-submissions");

        // The major hazard: its report, its plan, listed by the district.
        as("rep-manager-" + n);
        browser.get(url("/hazards/" + hazard));
        browser.findElement(By.id("major-present-state")).sendKeys("防火卷帘控制模块损坏");
        browser.findElement(By.id("major-danger")).sendKeys("火灾时无法分隔防火分区，整改需停业更换");
        browser.findElement(By.id("major-treatment")).sendKeys("停业更换控制模块并联动调试");
        submit(By.id("file-major-report"));
        assertThat(text("major-report-filed")).contains("商场安全员");
        browser.findElement(By.id("measures")).sendKeys("更换控制模块并联动调试");
        browser.findElement(By.id("responsiblePerson")).sendKeys("商场安全员");
        type("deadline", Today.date().plusDays(20).toString());
        browser.findElement(By.id("funds")).sendKeys("6 万元");
        browser.findElement(By.id("interimMeasures")).sendKeys("中庭停用，专人值守");
        browser.findElement(By.id("emergencyPlan")).sendKeys("火灾专项应急预案");
        submit(By.id("submit-plan"));
        assertThat(text("flash-message")).isEqualTo("整改方案已制定。");

        as("rep-gov");
        browser.get(url("/hazards/" + hazard));
        type("listing-deadline", Today.date().plusDays(30).toString());
        browser.findElement(By.id("listing-note")).sendKeys("限期更换并报告");
        submit(By.id("list-button"));
        assertThat(browser.findElement(By.id("listing-notice-link")).getText()).contains("挂牌督办〔");

        // The treatment, its evaluation (production stopped), the restart applied for.
        as("rep-manager-" + n);
        browser.get(url("/hazards/" + hazard));
        browser.findElement(By.id("evidence")).sendKeys("已更换控制模块，联动测试正常");
        submit(By.id("send-evidence"));
        new Select(browser.findElement(By.id("evaluatorKind"))).selectByValue("AGENCY");
        browser.findElement(By.id("evaluator")).sendKeys("江门市消防技术服务中心");
        browser.findElement(By.id("conclusion")).sendKeys("联动功能恢复，隐患已消除");
        click(By.id("production-stopped"));
        submit(By.id("record-evaluation"));
        assertThat(text("flash-message")).isEqualTo("评估情况已登记。");
        browser.findElement(By.id("restart-text")).sendKeys("治理完成并经评估，申请恢复营业");
        submit(By.id("restart-submit"));
        assertThat(text("flash-message")).isEqualTo("恢复生产申请已提交监管部门。");

        // The department approves the restart; the enterprise applies for the write-off; the
        // department verifies it; the district approves it and the hazard closes.
        as("rep-inspector");
        browser.get(url("/hazards/" + hazard));
        submit(By.id("restart-decision-yes"));
        assertThat(text("flash-message")).isEqualTo("已同意恢复生产。");
        as("rep-manager-" + n);
        browser.get(url("/hazards/" + hazard));
        browser.findElement(By.id("write-off-text")).sendKeys("隐患已消除，申请摘牌销号");
        submit(By.id("write-off-submit"));
        as("rep-inspector");
        browser.get(url("/hazards/" + hazard));
        browser.findElement(By.id("write-off-check-comment")).sendKeys("现场核查属实");
        submit(By.id("write-off-check-yes"));
        as("rep-gov");
        browser.get(url("/"));
        assertThat(text("work-DECIDE_WRITE_OFF")).contains("审批摘牌销号");
        browser.get(url("/hazards/" + hazard));
        submit(By.id("write-off-decision-yes"));
        assertThat(text("flash-message")).isEqualTo("已摘牌销号：隐患已关闭。");
        assertThat(text("hazard-state")).isEqualTo("已销号");
        assertThat(browser.findElements(By.id("listed-flag"))).isEmpty();
        screenshot("reporting-written-off");

        // The district submits its roll-up; the city sees it among its counties'.
        browser.get(url("/reports/regional?period=" + quarter.code()));
        submit(By.id("submit-regional"));
        assertThat(text("flash-message")).isEqualTo("汇总表已报送上一级人民政府。");
        as("rep-city");
        browser.get(url("/reports/regional?period=" + quarter.code()));
        assertThat(text("child-970101")).contains("测试东区人民政府已于");
        submit(By.cssSelector("#child-970101 a"));
        assertThat(text("regional-signature")).contains("测试东区人民政府（东区政府监管员）");
        assertFitsTheWidth();
        screenshot("reporting-rollup-city");
    }
}
