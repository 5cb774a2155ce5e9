package app.redline;

import app.redline.organization.CreditCode;
import app.redline.organization.EnterpriseDetails;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.RegionLevel;
import app.redline.organization.RiskLevel;
import java.util.Set;

/**
 * A small map of its own for scope tests, under province 97 (no real GB/T 2260 code): city 9701
 * with counties 970101 (town 970101001) and 970102. Created idempotently, so tests sharing a
 * database, or run again against TEST_DB_URL, see the same rows.
 */
public final class ScopeFixture {

    public final Long chemicalsInTown;
    public final Long constructionInCounty;
    public final Long commerceInCounty;
    public final Long chemicalsInSiblingCounty;
    public final Long countyGovernment;
    public final Long siblingCountyGovernment;
    public final Long cityGovernment;
    public final Long chemicalsDepartment;
    public final Long tradeDepartment;
    public final Long emergencyDepartment;
    public final Long operator;

    public ScopeFixture(OrganizationSeeds organizationSeeds) {
        organizationSeeds.ensureRegion("97", null, RegionLevel.PROVINCE, "测试省", "Test Province");
        organizationSeeds.ensureRegion("9701", "97", RegionLevel.CITY, "测试市", "Test City");
        organizationSeeds.ensureRegion("970101", "9701", RegionLevel.COUNTY, "东区", "East County");
        organizationSeeds.ensureRegion("970101001", "970101", RegionLevel.TOWN, "东镇", "East Town");
        organizationSeeds.ensureRegion("970102", "9701", RegionLevel.COUNTY, "西区", "West County");
        organizationSeeds.ensureIndustry("T_CHEMICALS", null, "测试危化", "Test chemicals", 1);
        organizationSeeds.ensureIndustry("T_CONSTRUCTION", null, "测试建筑", "Test construction", 2);
        organizationSeeds.ensureIndustry("T_TRADE", null, "测试工贸", "Test industry and trade", 3);
        organizationSeeds.ensureIndustry("T_COMMERCE", "T_TRADE", "测试商贸", "Test commerce", 4);

        chemicalsInTown = enterprise(organizationSeeds, "测试东镇化工厂", "970101001", 1, "T_CHEMICALS");
        constructionInCounty = enterprise(organizationSeeds, "测试东区建筑公司", "970101", 2, "T_CONSTRUCTION");
        commerceInCounty = enterprise(organizationSeeds, "测试东区商场", "970101", 3, "T_COMMERCE");
        chemicalsInSiblingCounty = enterprise(organizationSeeds, "测试西区化工厂", "970102", 4, "T_CHEMICALS");

        countyGovernment = organizationSeeds.ensureGovernment("测试东区人民政府", "970101");
        siblingCountyGovernment = organizationSeeds.ensureGovernment("测试西区人民政府", "970102");
        cityGovernment = organizationSeeds.ensureGovernment("测试市人民政府", "9701");
        chemicalsDepartment = organizationSeeds.ensureDepartment("测试东区危化监管局", "970101", Set.of("T_CHEMICALS"), false);
        tradeDepartment = organizationSeeds.ensureDepartment("测试东区工贸监管局", "970101", Set.of("T_TRADE"), false);
        emergencyDepartment = organizationSeeds.ensureDepartment("测试东区应急管理局", "970101", Set.of(), true);
        operator = organizationSeeds.ensureOperator("测试运维中心");
    }

    public Set<Long> countyEnterprises() {
        return Set.of(chemicalsInTown, constructionInCounty, commerceInCounty);
    }

    public Set<Long> allEnterprises() {
        return Set.of(chemicalsInTown, constructionInCounty, commerceInCounty, chemicalsInSiblingCounty);
    }

    private static Long enterprise(
            OrganizationSeeds organizationSeeds, String name, String region, int n, String industry) {
        String first17 = "91" + region.substring(0, 6) + String.format("TE%07d", n);
        EnterpriseDetails details = new EnterpriseDetails(
                name,
                first17 + CreditCode.checkCharacter(first17),
                "测试路" + n + "号",
                "负责人",
                "安全员",
                "0750-0000000",
                RiskLevel.values()[n % RiskLevel.values().length]);
        return organizationSeeds.ensureEnterprise(details, region, Set.of(industry));
    }
}
