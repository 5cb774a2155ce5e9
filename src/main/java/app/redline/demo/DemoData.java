package app.redline.demo;

import static app.redline.organization.RegionLevel.CITY;
import static app.redline.organization.RegionLevel.COUNTY;
import static app.redline.organization.RegionLevel.PROVINCE;
import static app.redline.organization.RegionLevel.TOWN;

import app.redline.accident.AccidentSeeds;
import app.redline.accident.AccidentType;
import app.redline.accident.Casualties;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.campaign.CampaignSeeds;
import app.redline.hazard.HazardSeeds;
import app.redline.inspection.InspectionSeeds;
import app.redline.inspection.TemplateAdministration;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.prevention.PreventionSeeds;
import app.redline.publicreport.PublicReportSeeds;
import app.redline.reporting.StatisticsSeeds;
import app.redline.standard.StandardSeeds;
import app.redline.system.Installation;
import app.redline.system.Seeds;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo installation: Guangdong with Jiangmen and Foshan, their departments and governments,
 * about sixty enterprises and the five demo accounts (password {@code demo}). Loaded in one
 * transaction; every row is matched by its natural key, so a second start adds nothing.
 */
@Slf4j
@Seeds
@Component
@RequiredArgsConstructor
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";

    /**
     * Emergency-management bureaus supervise every industry comprehensively and are also the industry
     * department of these.
     */
    static final Set<String> EMERGENCY_INDUSTRIES =
            Set.of("HAZARDOUS_CHEMICALS", "FIREWORKS", "MINING", "COAL_MINING", "INDUSTRY_TRADE");

    private final Installation installation;
    private final OrganizationService organization;
    private final OrganizationSeeds organizationSeeds;
    private final AccountService accounts;
    private final TransactionTemplate transaction;
    private final HazardSeeds hazardSeeds;
    private final TemplateAdministration templates;
    private final InspectionSeeds inspectionSeeds;
    private final CampaignSeeds campaignSeeds;
    private final PreventionSeeds preventionSeeds;
    private final StatisticsSeeds statisticsSeeds;
    private final StandardSeeds standardSeeds;
    private final PublicReportSeeds publicReportSeeds;
    private final AccidentSeeds accidentSeeds;

    @Override
    public void run(ApplicationArguments args) {
        if (installation.isDemo()) {
            transaction.executeWithoutResult(status -> load());
            log.info("Demo installation ready: sign in as admin, inspector, safety, dept or gov (password 'demo')");
        }
    }

    private void load() {
        regions();
        DemoIndustries.load(organizationSeeds);
        Long operator = organizationSeeds.ensureOperator("Redline 运维中心");
        organizationSeeds.ensureDepartment("广东省应急管理厅", "44", Set.of(), true);
        organizationSeeds.ensureGovernment("广东省人民政府", "44");
        organizationSeeds.ensureGovernment("江门市人民政府", "4407");
        organizationSeeds.ensureDepartment("江门市应急管理局", "4407", EMERGENCY_INDUSTRIES, true);
        organizationSeeds.ensureDepartment("江门市住房和城乡建设局", "4407", Set.of("CONSTRUCTION", "GAS"), false);
        organizationSeeds.ensureDepartment("江门市交通运输局", "4407", Set.of("ROAD_TRANSPORT", "WATER_TRANSPORT"), false);
        organizationSeeds.ensureDepartment("江门市市场监督管理局", "4407", Set.of("SPECIAL_EQUIPMENT"), false);
        organizationSeeds.ensureDepartment("江门市消防救援支队", "4407", Set.of("CROWDED_PLACES"), false);
        Long pengjiangEmergency =
                organizationSeeds.ensureDepartment("江门市蓬江区应急管理局", "440703", EMERGENCY_INDUSTRIES, true);
        Long pengjiangConstruction =
                organizationSeeds.ensureDepartment("江门市蓬江区住房和城乡建设局", "440703", Set.of("CONSTRUCTION", "GAS"), false);
        organizationSeeds.ensureDepartment("江门市蓬江区交通运输局", "440703", Set.of("ROAD_TRANSPORT"), false);
        organizationSeeds.ensureDepartment("江门市蓬江区消防救援大队", "440703", Set.of("CROWDED_PLACES"), false);
        Long pengjiangGovernment = organizationSeeds.ensureGovernment("江门市蓬江区人民政府", "440703");
        organizationSeeds.ensureGovernment("江门市蓬江区杜阮镇人民政府", "440703101");
        organizationSeeds.ensureGovernment("江门市新会区人民政府", "440705");
        organizationSeeds.ensureDepartment("江门市新会区应急管理局", "440705", EMERGENCY_INDUSTRIES, true);
        organizationSeeds.ensureGovernment("佛山市人民政府", "4406");
        organizationSeeds.ensureDepartment("佛山市应急管理局", "4406", EMERGENCY_INDUSTRIES, true);
        organizationSeeds.ensureGovernment("佛山市顺德区人民政府", "440606");
        organizationSeeds.ensureDepartment("佛山市顺德区应急管理局", "440606", EMERGENCY_INDUSTRIES, true);
        Long mall = DemoEnterprises.load(organizationSeeds);

        user("admin", "系统管理员", operator, Role.ADMIN);
        Long inspector = user("inspector", "陈志强", pengjiangEmergency, Role.INSPECTOR);
        Long safety = user("safety", "黄丽娟", mall, Role.ENTERPRISE_MANAGER);
        user("principal", "周建国", mall, Role.PRINCIPAL);
        user("dept", "刘建国", pengjiangConstruction, Role.SUPERVISOR);
        Long gov = user("gov", "张伟", pengjiangGovernment, Role.SUPERVISOR);
        DemoTemplates.load(templates, DemoStandards.load(standardSeeds));
        boolean fresh = !hazardSeeds.hasHazards();
        DemoHazards.load(
                hazardSeeds, inspectionSeeds, organization, accounts, inspector, pengjiangEmergency, safety, mall);
        DemoCampaigns.load(
                campaignSeeds,
                inspectionSeeds,
                hazardSeeds,
                organization,
                accounts,
                new HazardSeeds.Actor(gov, "张伟", pengjiangGovernment),
                new HazardSeeds.Actor(inspector, "陈志强", pengjiangEmergency),
                new HazardSeeds.Actor(safety, "黄丽娟", mall));
        DemoPrevention.load(preventionSeeds, mall, safety);
        // The last quarter's statistics tables: most of the district's enterprises on time, a few
        // late, the mall's still to be signed by its principal.
        statisticsSeeds.submit("440703", mall, 12, 3);
        // Two reports from the public about the mall, waiting for the district's emergency bureau.
        publicReportSeeds.ensure("mall-exit", mall, "负一层东侧安全出口", "安全出口被商户货物堵住，晚上还上了锁");
        publicReportSeeds.ensure("mall-charging", mall, "三楼员工通道", "有人在楼道里给电动自行车充电，插线板拉得很长");
        // Who is on duty in the district: the inspector at the emergency bureau, the government's
        // supervisor as leader on duty; and a past accident at a hardware factory of the district.
        accidentSeeds.roster(pengjiangEmergency, inspector, false, "0750-3500110");
        accidentSeeds.roster(pengjiangGovernment, gov, true, "0750-3500120");
        Long factory = first(organization.enterpriseIds(Scope.region("440703"), "440703", "MACHINERY", 1), mall);
        accidentSeeds.past(
                new AccidentSeeds.Past(
                        factory,
                        20,
                        LocalTime.of(14, 20),
                        "冲压车间 3 号压力机",
                        AccidentType.MACHINERY,
                        "冲压车间工人清理模具时设备意外启动，右手被压伤；另有两人在撤离时擦伤。",
                        new Casualties(0, 1, 2, new BigDecimal("18.50")),
                        40,
                        "企业安全员电话报告：一人右手压伤送医，两人轻微擦伤，设备已断电挂牌。",
                        180,
                        "已书面报告市应急管理局。"),
                inspector,
                pengjiangEmergency);
        // The fire that the district's fire-safety campaign draws its lessons from.
        Long market = organization.enterpriseIds(Scope.region("440703"), "440703", "COMMERCE", 5).stream()
                .filter(id -> !id.equals(mall))
                .findFirst()
                .orElse(mall);
        Long fire = accidentSeeds.past(
                new AccidentSeeds.Past(
                        market,
                        15,
                        LocalTime.of(21, 40),
                        "二楼服装仓库",
                        AccidentType.FIRE,
                        "二楼服装仓库内违规为电动自行车电池充电引发火灾，安全出口被货物堵塞，三名员工未能及时疏散死亡，两人重伤。",
                        new Casualties(3, 2, 6, new BigDecimal("860")),
                        35,
                        "消防救援大队通报：三人死亡，两人重伤，六人轻伤，火已扑灭。",
                        95,
                        "已报告市应急管理局和市人民政府。"),
                inspector,
                pengjiangEmergency);
        accidentSeeds.launched(fire, DemoCampaigns.FIRE_TITLE);
        accidentSeeds.heldToAccount(
                fire,
                true,
                "李国强",
                "总经理（法定代表人）",
                market,
                "未落实消防安全主体责任，默许仓库内为电动自行车电池充电，安全出口长期被货物堵塞",
                "INTERVIEW",
                "《安全生产法》第九十四条；《广东省安全生产约谈办法》",
                "江门市蓬江区人民政府",
                12,
                gov);
        accidentSeeds.heldToAccount(
                fire,
                false,
                "江门市蓬江区应急管理局",
                null,
                pengjiangEmergency,
                "对事故企业安全出口堵塞隐患督促整改不力，逾期未复查",
                "CRITICISM",
                "《安全生产领域违法违纪行为政纪处分暂行规定》",
                "江门市蓬江区人民政府",
                10,
                gov);
        if (fresh) {
            hazardSeeds.listOne(
                    new HazardSeeds.Actor(gov, "张伟", pengjiangGovernment), mall, 15, "区政府挂牌督办：限期完成整改，每周报告进展");
        }
    }

    private void regions() {
        organizationSeeds.ensureRegion("44", null, PROVINCE, "广东省", "Guangdong Province");
        organizationSeeds.ensureRegion("4407", "44", CITY, "江门市", "Jiangmen");
        organizationSeeds.ensureRegion("440703", "4407", COUNTY, "蓬江区", "Pengjiang District");
        organizationSeeds.ensureRegion("440703001", "440703", TOWN, "环市街道", "Huanshi Subdistrict");
        organizationSeeds.ensureRegion("440703101", "440703", TOWN, "杜阮镇", "Duruan Town");
        organizationSeeds.ensureRegion("440703102", "440703", TOWN, "棠下镇", "Tangxia Town");
        organizationSeeds.ensureRegion("440703103", "440703", TOWN, "荷塘镇", "Hetang Town");
        organizationSeeds.ensureRegion("440705", "4407", COUNTY, "新会区", "Xinhui District");
        organizationSeeds.ensureRegion("440705001", "440705", TOWN, "会城街道", "Huicheng Subdistrict");
        organizationSeeds.ensureRegion("440705101", "440705", TOWN, "司前镇", "Siqian Town");
        organizationSeeds.ensureRegion("4406", "44", CITY, "佛山市", "Foshan");
        organizationSeeds.ensureRegion("440606", "4406", COUNTY, "顺德区", "Shunde District");
        organizationSeeds.ensureRegion("440606001", "440606", TOWN, "大良街道", "Daliang Subdistrict");
        organizationSeeds.ensureRegion("440606103", "440606", TOWN, "北滘镇", "Beijiao Town");
        organizationSeeds.ensureRegion("440605", "4406", COUNTY, "南海区", "Nanhai District");
        organizationSeeds.ensureRegion("440605011", "440605", TOWN, "桂城街道", "Guicheng Subdistrict");
    }

    private Long user(String username, String displayName, Long unitId, Role role) {
        return accounts.ensureUser(username, displayName, unitId, Set.of(role), PASSWORD);
    }

    private static Long first(java.util.List<Long> ids, Long otherwise) {
        return ids.isEmpty() ? otherwise : ids.get(0);
    }
}
