package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.hazard.HazardSeedBuilder;
import app.redline.hazard.HazardSeeds;
import app.redline.hazard.HazardState;
import app.redline.inspection.ChecklistTemplate;
import app.redline.inspection.TemplateAdministration;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The loop as it is practised, in the browser: a campaign visit made the natural way (from the
 * enterprise's page, with the campaign offered on the new-inspection form) counts on the board; a
 * district's towns each drill down; an enterprise's home speaks as the enterprise, on a phone.
 */
class PractiseBrowserTests extends BrowserTest {

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

    ScopeFixture fixture;

    @BeforeEach
    void people() {
        fixture = new ScopeFixture(organizationSeeds);
        accounts.ensureUser("pr-gov", "区政府督查", fixture.countyGovernment, Set.of(Role.SUPERVISOR), PASSWORD);
        accounts.ensureUser("pr-inspector", "工贸检查员", fixture.tradeDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        accounts.ensureUser("pr-safety", "商场安全员", fixture.commerceInCounty, Set.of(Role.ENTERPRISE_MANAGER), PASSWORD);
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aVisitMadeFromTheEnterprisesPageCountsOnTheCampaignsBoard() throws IOException {
        String checklist = "专项整治走访检查表" + System.nanoTime();
        templates.ensure(
                checklist, Set.of("T_COMMERCE"), List.of(new ChecklistTemplate.Item("安全出口畅通", "《消防法》第二十八条", false)));
        String title = "商场消防专项整治" + System.nanoTime() % 100000;
        signIn("pr-gov", PASSWORD);
        browser.get(url("/campaigns/new"));
        waitFor("campaign-form");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("reason")).sendKeys("举一反三排查商场消防安全。");
        new Select(browser.findElement(By.id("industryCodes"))).selectByValue("T_COMMERCE");
        new Select(browser.findElement(By.id("templateId"))).selectByVisibleText(checklist);
        click(By.cssSelector("input[name='mode'][value='BOTH']"));
        click(By.id("preview-targets"));
        waitFor("selection-count");
        click(By.id("launch-button"));
        assertThat(text("campaign-title")).isEqualTo(title);
        String campaign = browser.getCurrentUrl().replaceAll(".*/campaigns/(\\d+).*", "$1");
        int visitedBefore = Integer.parseInt(text("board-visited").replaceAll("\\D", ""));
        browser.manage().deleteAllCookies();

        // The inspector visits the mall from its page: the campaign is offered and chosen.
        signIn("pr-inspector", PASSWORD);
        browser.get(url("/enterprises/" + fixture.commerceInCounty));
        click(By.id("new-inspection-link"));
        waitFor("answers-campaign");
        Select offered = new Select(browser.findElement(By.id("campaignId")));
        assertThat(offered.getFirstSelectedOption().getText()).isEqualTo(title);
        assertThat(new Select(browser.findElement(By.id("templateId")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(checklist);
        screenshot("practise-campaign-offered");
        click(By.id("start-inspection"));
        waitFor("checklist");
        assertThat(text("inspection-campaign")).isEqualTo(title);
        click(By.cssSelector("#checklist li:nth-child(1) input[value='PASS']"));
        click(By.id("complete-inspection"));
        waitFor("flash-message");
        browser.manage().deleteAllCookies();

        signIn("pr-gov", PASSWORD);
        browser.get(url("/campaigns/" + campaign));
        waitFor("campaign-board");
        assertThat(Integer.parseInt(text("board-visited").replaceAll("\\D", "")))
                .isEqualTo(visitedBefore + 1);
    }

    @Test
    void everyTownOfTheDistrictDrillsDown() throws IOException {
        // A hazard in a town of the district, so that the district's breakdown lists the town.
        Long inspectorId = accounts.ensureUser(
                "pr-chem-inspector", "危化检查员", fixture.chemicalsDepartment, Set.of(Role.INSPECTOR), PASSWORD);
        var inspector = new HazardSeeds.Actor(inspectorId, "危化检查员", fixture.chemicalsDepartment);
        hazardSeeds.seed(List.of(HazardSeedBuilder.of(fixture.chemicalsInTown, inspector, inspector)
                .at("储罐区", "防火堤破损")
                .reportedDaysAgo(5)
                .deadlineDays(10)
                .state(HazardState.REPORTED)
                .build()));
        signIn("pr-gov", PASSWORD);
        browser.get(url("/"));
        waitFor("dashboard-by-region");
        List<String> towns = browser.findElements(By.cssSelector("#dashboard-by-region tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("a.drill-down")).size() + ":" + row.getText())
                .toList();
        assertThat(towns).isNotEmpty().allMatch(t -> t.startsWith("1:"));
        click(By.cssSelector("#dashboard-by-region a.drill-down"));
        waitFor("dashboard-breadcrumb");
        assertThat(browser.getCurrentUrl()).contains("region=970101");
        assertThat(text("on-time-definition")).contains("按期整改数");
        screenshot("practise-town-drilled");
    }

    @Test
    void anEnterprisesHomeSpeaksAsTheEnterpriseOnAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("pr-safety", PASSWORD);
        browser.get(url("/"));
        waitFor("enterprise-home");
        assertThat(text("enterprise-home")).contains("测试东区商场", "未销号隐患", "即将到期", "收到的整改通知书");
        assertThat(browser.findElements(By.id("enterprise-count"))).isEmpty();
        assertThat(browser.findElements(By.id("home-scope"))).isEmpty();
        screenshot("practise-enterprise-home-phone");
    }
}
