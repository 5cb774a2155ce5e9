package app.redline.demo;

import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.hazard.HazardCategory;
import app.redline.hazard.HazardGrade;
import app.redline.hazard.HazardSeeds;
import app.redline.hazard.HazardSeeds.Actor;
import app.redline.hazard.HazardSeeds.Seed;
import app.redline.hazard.HazardState;
import app.redline.inspection.InspectionSeeds;
import app.redline.organization.EnterpriseFilter;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's hazards: found by the Pengjiang emergency bureau's inspector at Pengjiang's
 * enterprises, and a few by the mall's own safety manager, in every state — some overdue, some
 * major — so every page has something to show.
 */
final class DemoHazards {

    record Finding(String location, String description, HazardCategory category, String basis) {}

    /** Findings any enterprise may have: electricity, exits, training, fire equipment. */
    static final List<Finding> GENERAL = List.of(
            new Finding("一号车间配电箱", "配电箱门未关闭，箱内线路老化、接线松动", HazardCategory.UNSAFE_CONDITION, "GB 50054-2011 第3.1.1条"),
            new Finding("办公楼东侧通道", "安全出口被杂物堵塞，疏散通道宽度不足", HazardCategory.UNSAFE_CONDITION, "《消防法》第二十八条"),
            new Finding("安全管理台账", "未开展年度安全生产教育培训，无培训记录", HazardCategory.MANAGEMENT_DEFECT, "《安全生产法》第二十八条"),
            new Finding("员工宿舍", "电动自行车在楼道内停放充电", HazardCategory.UNSAFE_BEHAVIOUR, "《高层民用建筑消防安全管理规定》第三十七条"),
            new Finding("厂区消防泵房", "消防水泵无法自动启动，未定期试验", HazardCategory.UNSAFE_CONDITION, "GB 25201-2010 第5.2条"));

    /** Findings of each industry, so that a hazard fits the enterprise it is found at. */
    static final Map<String, List<Finding>> BY_INDUSTRY = Map.ofEntries(
            Map.entry(
                    "HAZARDOUS_CHEMICALS",
                    List.of(
                            new Finding(
                                    "危化品储存间",
                                    "甲类物品与氧化剂混存，未分区分类储存",
                                    HazardCategory.UNSAFE_CONDITION,
                                    "GB 15603-2022 第5.2条"),
                            new Finding("储罐区", "储罐区防火堤破损，可燃气体报警器未检定", HazardCategory.UNSAFE_CONDITION, "GB 50351-2014"),
                            new Finding(
                                    "反应釜操作岗",
                                    "重点监管危险化工工艺未实现自动化控制",
                                    HazardCategory.MANAGEMENT_DEFECT,
                                    "《危险化学品安全管理条例》"))),
            Map.entry(
                    "MACHINERY",
                    List.of(
                            new Finding(
                                    "冲压车间",
                                    "冲床光电保护装置失效，作业人员手部进入危险区",
                                    HazardCategory.UNSAFE_BEHAVIOUR,
                                    "GB 5226.1-2019"),
                            new Finding("抛光车间", "铝镁粉尘除尘系统未按规定清理，存在积尘", HazardCategory.ENVIRONMENT, "GB 15577-2018"),
                            new Finding(
                                    "行车作业区",
                                    "桥式起重机限位器失效，吊钩防脱装置缺失",
                                    HazardCategory.UNSAFE_CONDITION,
                                    "GB 6067.1-2010"))),
            Map.entry(
                    "CONSTRUCTION",
                    List.of(
                            new Finding("3号楼外脚手架", "脚手架连墙件缺失，立杆悬空", HazardCategory.UNSAFE_CONDITION, "JGJ 130-2011"),
                            new Finding("基坑东侧", "深基坑临边未设置防护栏杆", HazardCategory.UNSAFE_CONDITION, "JGJ 80-2016"),
                            new Finding(
                                    "塔吊作业区", "塔吊司机无证上岗，未设指挥信号工", HazardCategory.UNSAFE_BEHAVIOUR, "《建筑起重机械安全监督管理规定》"))),
            Map.entry(
                    "GAS",
                    List.of(
                            new Finding("储配站", "液化石油气钢瓶超期未检验仍在充装", HazardCategory.UNSAFE_CONDITION, "GB 14193-2009"),
                            new Finding("调压箱", "调压箱周边违章搭建，安全间距不足", HazardCategory.ENVIRONMENT, "GB 50028-2006"))),
            Map.entry(
                    "STORAGE_LOGISTICS",
                    List.of(
                            new Finding("二号仓库东侧通道", "货物堆垛超高，堵塞消防通道", HazardCategory.UNSAFE_CONDITION, "GB 50016-2014"),
                            new Finding("叉车作业区", "叉车司机无证驾驶，未佩戴安全带", HazardCategory.UNSAFE_BEHAVIOUR, "《特种设备安全法》第十四条"))),
            Map.entry(
                    "ROAD_TRANSPORT",
                    List.of(
                            new Finding(
                                    "车辆动态监控平台",
                                    "营运车辆卫星定位装置离线未处置",
                                    HazardCategory.MANAGEMENT_DEFECT,
                                    "《道路运输车辆动态监督管理办法》"),
                            new Finding("停车场", "客车安全锤缺失、应急出口标志不清", HazardCategory.UNSAFE_CONDITION, "GB 7258-2017"))),
            Map.entry(
                    "CROWDED_PLACES",
                    List.of(
                            new Finding(
                                    "商场三楼餐饮区",
                                    "燃气管道未安装可燃气体报警装置",
                                    HazardCategory.UNSAFE_CONDITION,
                                    "GB 50028-2006 第10.8.1条"),
                            new Finding("负一层超市", "应急照明和疏散指示标志损坏", HazardCategory.UNSAFE_CONDITION, "GB 51309-2018"),
                            new Finding(
                                    "消防控制室", "消防控制室值班人员无证上岗，单人值班", HazardCategory.MANAGEMENT_DEFECT, "GB 25506-2010"))),
            Map.entry(
                    "TEXTILE",
                    List.of(
                            new Finding("梳棉车间", "棉尘积聚，电气线路未穿管保护", HazardCategory.ENVIRONMENT, "GB 50565-2010"),
                            new Finding("成品仓库", "仓库内设置员工休息区，违规使用电器", HazardCategory.UNSAFE_BEHAVIOUR, "《消防法》第十九条"))),
            Map.entry(
                    "NONFERROUS",
                    List.of(
                            new Finding("熔铸车间", "熔炼炉冷却水系统未设置断水报警", HazardCategory.UNSAFE_CONDITION, "GB 30078-2013"),
                            new Finding("铝灰处理区", "铝灰露天堆放遇水，无防雨措施", HazardCategory.ENVIRONMENT, "《工贸企业重大事故隐患判定标准》"))),
            Map.entry(
                    "BUILDING_MATERIALS",
                    List.of(
                            new Finding("水泥磨机", "磨机检修未执行挂牌上锁", HazardCategory.UNSAFE_BEHAVIOUR, "GB/T 33579-2017"),
                            new Finding(
                                    "料仓", "进入料仓清库作业未审批", HazardCategory.MANAGEMENT_DEFECT, "《工贸企业有限空间作业安全规定》第十二条"))),
            Map.entry(
                    "LIGHT_INDUSTRY",
                    List.of(
                            new Finding("喷涂车间", "通风设施停用，可燃气体浓度报警器未投用", HazardCategory.ENVIRONMENT, "GB 6514-2023"),
                            new Finding("木工车间", "木粉尘除尘器未设置泄爆装置", HazardCategory.UNSAFE_CONDITION, "GB 15577-2018"))),
            Map.entry(
                    "METALLURGY",
                    List.of(
                            new Finding(
                                    "炼钢车间",
                                    "吊运熔融金属的起重机未采用冶金铸造起重机",
                                    HazardCategory.UNSAFE_CONDITION,
                                    "《工贸企业重大事故隐患判定标准》"),
                            new Finding("煤气区域", "煤气区域未设置固定式一氧化碳报警器", HazardCategory.UNSAFE_CONDITION, "GB 6222-2005"))),
            Map.entry(
                    "SPECIAL_EQUIPMENT",
                    List.of(new Finding("在用电梯", "电梯超期未检验，维保记录缺失", HazardCategory.MANAGEMENT_DEFECT, "《特种设备安全法》第四十条"))),
            Map.entry(
                    "WATER_TRANSPORT",
                    List.of(new Finding("码头作业区", "船舶靠泊作业人员未穿救生衣", HazardCategory.UNSAFE_BEHAVIOUR, "《内河交通安全管理条例》"))),
            Map.entry(
                    "FIREWORKS",
                    List.of(
                            new Finding("成品仓库", "烟花爆竹超量储存，库房防雷设施未检测", HazardCategory.UNSAFE_CONDITION, "GB 11652-2012"),
                            new Finding(
                                    "批发门店",
                                    "门店与住宿场所未分隔（\"三合一\"）",
                                    HazardCategory.UNSAFE_CONDITION,
                                    "《烟花爆竹经营许可实施办法》"))));

    private DemoHazards() {}

    static void load(
            HazardSeeds seeds,
            InspectionSeeds inspections,
            OrganizationService organization,
            AccountService accounts,
            Long inspectorId,
            Long inspectorUnit,
            Long safetyId,
            Long mall) {
        if (seeds.hasHazards()) {
            return;
        }
        Random random = new Random(2026);
        Actor inspector = new Actor(inspectorId, "陈志强", inspectorUnit);
        List<EnterpriseRow> enterprises = organization
                .enterprises(Scope.region("440703"), EnterpriseFilter.none(), PageRequest.of(0, 100))
                .getContent();
        List<Seed> all = new ArrayList<>();
        for (EnterpriseRow enterprise : enterprises) {
            Actor manager = enterprise.id().equals(mall)
                    ? new Actor(safetyId, "黄丽娟", mall)
                    : new Actor(managerOf(accounts, enterprise), enterprise.safetyManager(), enterprise.id());
            int count = 3 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                all.add(seed(random, enterprise.id(), codes(enterprise), inspector, false, manager, inspector));
            }
            if (enterprise.id().equals(mall)) {
                for (int i = 0; i < 4; i++) {
                    Seed own =
                            seed(random, mall, codes(enterprise), manager, true, manager, i == 0 ? inspector : manager);
                    all.add(i == 0 ? withGrade(own, HazardGrade.MAJOR) : withGrade(own, HazardGrade.GENERAL));
                }
            }
        }
        all.addAll(fromInspection(inspections, enterprises, inspector, mall, safetyId));
        seeds.seed(all);
        all.stream()
                .map(Seed::inspectionId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(inspections::bindNotice);
    }

    private static List<String> codes(EnterpriseRow enterprise) {
        return enterprise.industries().stream().map(i -> i.code()).toList();
    }

    /**
     * A fire-safety inspection of the mall ten days ago that found two hazards (one being
     * rectified, one awaiting acceptance), with its rectification notice.
     */
    private static List<Seed> fromInspection(
            InspectionSeeds inspections, List<EnterpriseRow> enterprises, Actor inspector, Long mall, Long safetyId) {
        InspectionSeeds.Completed done = inspections.completed(
                mall,
                inspector.unitId(),
                inspector.userId(),
                "陈志强、李明",
                "人员密集场所消防安全检查表",
                10,
                List.of(
                        new InspectionSeeds.Failure(1, "东侧安全出口被货架堵塞", "负一层"),
                        new InspectionSeeds.Failure(3, "4 具灭火器压力不足", "三楼餐饮区")));
        inspections.notice(done.id(), inspector.unitId(), inspector.userId(), 15);
        Actor manager = new Actor(safetyId, "黄丽娟", mall);
        List<Seed> seeds = new ArrayList<>();
        HazardState[] states = {HazardState.RECTIFYING, HazardState.PENDING_ACCEPTANCE};
        for (int i = 0; i < done.failed().size(); i++) {
            InspectionSeeds.FailedItem item = done.failed().get(i);
            seeds.add(new Seed(
                    mall,
                    inspector,
                    false,
                    manager,
                    inspector,
                    item.location() == null ? "" : item.location(),
                    item.note(),
                    HazardCategory.UNSAFE_CONDITION,
                    item.major() ? HazardGrade.MAJOR : HazardGrade.GENERAL,
                    item.clause(),
                    10,
                    15,
                    states[i % 2],
                    0,
                    done.id()));
        }
        return seeds;
    }

    /** Two in three findings from the enterprise's own industries, the rest of the kind any has. */
    static Finding finding(Random random, List<String> industries) {
        List<Finding> own = industries.stream()
                .flatMap(code -> BY_INDUSTRY.getOrDefault(code, List.of()).stream())
                .toList();
        List<Finding> from = own.isEmpty() || random.nextInt(3) == 0 ? GENERAL : own;
        return from.get(random.nextInt(from.size()));
    }

    private static Seed seed(
            Random random,
            Long enterprise,
            List<String> industries,
            Actor finder,
            boolean self,
            Actor manager,
            Actor accepter) {
        Finding finding = finding(random, industries);
        int roll = random.nextInt(100);
        HazardState state = roll < 15
                ? HazardState.REPORTED
                : roll < 50 ? HazardState.RECTIFYING : roll < 65 ? HazardState.PENDING_ACCEPTANCE : HazardState.CLOSED;
        int reportedDaysAgo = state == HazardState.REPORTED ? random.nextInt(4) : 5 + random.nextInt(120);
        // About a third of what is being rectified is past its deadline.
        int deadlineDays = state == HazardState.RECTIFYING && random.nextInt(3) == 0
                ? Math.max(2, reportedDaysAgo - 1 - random.nextInt(30))
                : reportedDaysAgo + 3 + random.nextInt(30);
        HazardGrade grade = random.nextInt(100) < 8 ? HazardGrade.MAJOR : HazardGrade.GENERAL;
        int rejections = state != HazardState.REPORTED && random.nextInt(6) == 0 ? 1 : 0;
        return new Seed(
                enterprise,
                finder,
                self,
                manager,
                accepter,
                finding.location(),
                finding.description(),
                finding.category(),
                grade,
                finding.basis(),
                reportedDaysAgo,
                deadlineDays,
                state,
                rejections,
                null);
    }

    private static Seed withGrade(Seed seed, HazardGrade grade) {
        return new Seed(
                seed.enterpriseId(),
                seed.finder(),
                seed.selfFound(),
                seed.manager(),
                seed.accepter(),
                seed.location(),
                seed.description(),
                seed.category(),
                grade,
                seed.legalBasis(),
                seed.reportedDaysAgo(),
                seed.deadlineDays(),
                seed.state(),
                seed.rejections(),
                seed.inspectionId());
    }

    /** Each demo enterprise gets a safety manager account, named after the enterprise's safety manager. */
    static Long managerOf(AccountService accounts, EnterpriseRow enterprise) {
        String username = "mgr-" + enterprise.creditCode().substring(12).toLowerCase(java.util.Locale.ROOT);
        String name = enterprise.safetyManager() == null ? "安全员" : enterprise.safetyManager();
        return accounts.ensureUser(username, name, enterprise.id(), Set.of(Role.ENTERPRISE_MANAGER), DemoData.PASSWORD);
    }
}
