package app.redline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@RedlineTest
class AdminRegionTests {

    /** Town codes 970101xxx handed out to tests, so tests sharing a database never collide. */
    static final AtomicInteger NEXT_TOWN = new AtomicInteger(500 + (int) (System.currentTimeMillis() % 400));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    RegionRepository regions;

    @Autowired
    UnitRepository units;

    ScopeFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ScopeFixture(organizationSeeds);
        TestAdmins.ensure(accounts, fixture);
    }

    static String freeTown(RegionRepository regions, String county) {
        String code;
        do {
            code = county + NEXT_TOWN.incrementAndGet() % 1000;
        } while (code.length() != 9 || regions.existsById(code));
        return code;
    }

    MvcTestResult create(String parent, String code, String nameZh) {
        return mvc.post()
                .uri("/admin/regions")
                .param("parentCode", parent)
                .param("code", code)
                .param("nameZh", nameZh)
                .param("nameEn", "Test town")
                .header("Accept-Language", "en")
                .with(csrf())
                .exchange();
    }

    @Test
    @WithUserDetails(value = TestAdmins.COUNTY, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theEnglishNameIsOptionalAndTheChineseOneStandsIn() {
        String code = freeTown(regions, "970101");
        assertThat(mvc.post()
                        .uri("/admin/regions")
                        .param("parentCode", "970101")
                        .param("code", code)
                        .param("nameZh", "无英文名镇")
                        .header("Accept-Language", "en")
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(regions.findById(code).orElseThrow().getNameEn()).isEqualTo("无英文名镇");
    }

    @Test
    @WithUserDetails(value = TestAdmins.COUNTY, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aRegionAdministratorAddsTownsToItsCountyOnly() {
        String town = freeTown(regions, "970101");
        assertThat(create("970101", town, "新镇")).hasRedirectedUrl("/admin/regions/" + town);
        assertThat(regions.findById(town)).get().extracting(Region::getLevel).isEqualTo(RegionLevel.TOWN);

        String sibling = freeTown(regions, "970102");
        assertThat(create("970102", sibling, "越界镇"))
                .bodyText()
                .contains("Choose a parent region within your own region.");
        assertThat(regions.existsById(sibling)).isFalse();
        assertThat(mvc.get().uri("/admin/regions/970102")).hasStatus(404);
        assertThat(mvc.get().uri("/admin/regions"))
                .bodyText()
                .contains("东区", "东镇")
                .doesNotContain("西区", "测试市");
    }

    @Test
    @WithUserDetails(value = TestAdmins.GLOBAL, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void refusesCodesThatBreakTheRules() {
        long before = regions.count();
        assertThat(create("970101", "9701019", "位数不对")).bodyText().contains("A region code has 2, 4, 6 or 9 digits.");
        assertThat(create("970101", "970102777", "不在上级下")).bodyText().contains("must start with the parent");
        assertThat(create("9701", "970101888", "跳级")).bodyText().contains("The parent must be one level up");
        assertThat(create("970101", "970101001", "重复")).bodyText().contains("A region with this code exists.");
        assertThat(create("970101", "97a101001", "字母")).bodyText().contains("A region code has 2, 4, 6 or 9 digits.");
        assertThat(regions.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = TestAdmins.GLOBAL, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void movesATownWithItsUnitsToAnotherCounty() {
        String town = freeTown(regions, "970101");
        organizationSeeds.ensureRegion(town, "970101", RegionLevel.TOWN, "迁移镇", "Moving town");
        Long government = organizationSeeds.ensureGovernment("迁移镇人民政府" + town, town);
        String target = freeTown(regions, "970102");

        // A refused move comes back with what was typed.
        assertThat(mvc.post()
                        .uri("/admin/regions/{code}/move", town)
                        .param(
                                "version",
                                Long.toString(
                                        regions.findById(town).orElseThrow().getVersion()))
                        .param("parentCode", "970102")
                        .param("newCode", "97010")
                        .with(csrf()))
                .flash()
                .containsKey("problem")
                .containsEntry("moveParent", "970102")
                .containsEntry("moveCode", "97010");
        assertThat(regions.existsById(town)).isTrue();

        assertThat(mvc.post()
                        .uri("/admin/regions/{code}/move", town)
                        .param(
                                "version",
                                Long.toString(
                                        regions.findById(town).orElseThrow().getVersion()))
                        .param("parentCode", "970102")
                        .param("newCode", target)
                        .with(csrf()))
                .hasRedirectedUrl("/admin/regions/" + target);
        assertThat(regions.existsById(town)).isFalse();
        assertThat(regions.findById(target).orElseThrow().getParentCode()).isEqualTo("970102");
        assertThat(units.findById(government).orElseThrow().getRegionCode()).isEqualTo(target);
    }

    @Test
    @WithUserDetails(value = TestAdmins.GLOBAL, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void deletesOnlyARegionWithoutUnitsOrSubRegions() {
        Region county = regions.findById("970101").orElseThrow();
        assertThat(mvc.post()
                        .uri("/admin/regions/970101/delete")
                        .param("version", Long.toString(county.getVersion()))
                        .with(csrf()))
                .flash()
                .containsEntry("problem", "region.delete.hasChildren");
        Region withUnits = regions.findById("970101001").orElseThrow();
        assertThat(mvc.post()
                        .uri("/admin/regions/970101001/delete")
                        .param("version", Long.toString(withUnits.getVersion()))
                        .with(csrf()))
                .flash()
                .containsEntry("problem", "region.delete.hasUnits");
        assertThat(regions.existsById("970101001")).isTrue();

        String empty = freeTown(regions, "970101");
        organizationSeeds.ensureRegion(empty, "970101", RegionLevel.TOWN, "空镇", "Empty town");
        assertThat(mvc.post()
                        .uri("/admin/regions/{code}/delete", empty)
                        .param(
                                "version",
                                Long.toString(
                                        regions.findById(empty).orElseThrow().getVersion()))
                        .with(csrf()))
                .hasRedirectedUrl("/admin/regions");
        assertThat(regions.existsById(empty)).isFalse();
    }

    @Test
    @WithUserDetails(value = TestAdmins.COUNTY, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void onlyAGlobalAdministratorChangesTheIndustryCatalogue() {
        assertThat(mvc.get().uri("/admin/industries")).hasStatusOk().bodyText().contains("测试危化");
        assertThat(mvc.post()
                        .uri("/admin/industries")
                        .param("code", "T_REGIONAL")
                        .param("nameZh", "越权行业")
                        .param("nameEn", "Not allowed")
                        .with(csrf()))
                .hasStatus(403);
        assertThat(organization.industries()).noneMatch(i -> i.code().equals("T_REGIONAL"));
    }

    @Test
    @WithUserDetails(value = TestAdmins.GLOBAL, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aGlobalAdministratorEditsTheCatalogueButNoCycles() {
        String code = "T_NEW_" + (System.nanoTime() % 1_000_000);
        assertThat(mvc.post()
                        .uri("/admin/industries")
                        .param("code", code)
                        .param("parentCode", "T_TRADE")
                        .param("nameZh", "测试新行业")
                        .param("nameEn", "Test new industry")
                        .param("sortOrder", "9")
                        .with(csrf()))
                .hasRedirectedUrl("/admin/industries/" + code);
        assertThat(mvc.post()
                        .uri("/admin/industries/T_TRADE")
                        .param("parentCode", code)
                        .param("nameZh", "测试工贸")
                        .param("nameEn", "Test industry and trade")
                        .param("sortOrder", "3")
                        .param("version", "0")
                        .header("Accept-Language", "en")
                        .with(csrf()))
                .bodyText()
                .contains("cannot be its own parent");
        assertThat(organization.industryTree())
                .filteredOn(i -> i.code().equals("T_TRADE"))
                .singleElement()
                .extracting(IndustryOption::parentCode)
                .isNull();
        assertThat(mvc.post()
                        .uri("/admin/industries")
                        .param("code", "bad code")
                        .param("nameZh", "")
                        .param("nameEn", "x")
                        .param("sortOrder", "lots")
                        .header("Accept-Language", "en")
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Capital letters", "Fill this in.", "Not a valid value.");
    }
}
