package app.redline.demo;

import app.redline.hazard.HazardCategory;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the demo's inspectors find: findings any enterprise may have, and findings of each
 * industry, with the rule each breaks, so that a hazard fits the enterprise it is found at.
 */
final class DemoFindings {

    private DemoFindings() {}

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

    /** Two in three findings from the enterprise's own industries, the rest of the kind any has. */
    static Finding finding(Random random, List<String> industries) {
        List<Finding> own = industries.stream()
                .flatMap(code -> BY_INDUSTRY.getOrDefault(code, List.of()).stream())
                .toList();
        List<Finding> from = own.isEmpty() || random.nextInt(3) == 0 ? GENERAL : own;
        return from.get(random.nextInt(from.size()));
    }
}
