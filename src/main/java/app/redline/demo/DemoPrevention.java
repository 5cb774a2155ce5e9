package app.redline.demo;

import static app.redline.prevention.MeasureKind.BEHAVIOUR;
import static app.redline.prevention.MeasureKind.EMERGENCY;
import static app.redline.prevention.MeasureKind.ENGINEERING;
import static app.redline.prevention.MeasureKind.MAINTENANCE;
import static app.redline.prevention.TaskCycle.DAY;
import static app.redline.prevention.TaskCycle.MONTH;
import static app.redline.prevention.TaskCycle.QUARTER;
import static app.redline.prevention.TaskCycle.SHIFT;
import static app.redline.prevention.TaskCycle.WEEK;

import app.redline.prevention.ObjectKind;
import app.redline.prevention.PreventionSeeds;
import app.redline.prevention.PreventionSeeds.EventSeed;
import app.redline.prevention.PreventionSeeds.MeasureSeed;
import app.redline.prevention.PreventionSeeds.ObjectSeed;
import app.redline.prevention.PreventionSeeds.TaskSeed;
import app.redline.prevention.PreventionSeeds.UnitSeed;
import java.util.List;

/**
 * The demo's risk registers: the shopping mall the demo safety manager works for, a hazardous
 * chemicals company and a metalworking plant of Pengjiang, each with four weeks of investigation
 * history behind it (some missed, a few that found a hazard).
 */
final class DemoPrevention {

    static final int HISTORY_DAYS = 28;

    private DemoPrevention() {}

    static void load(PreventionSeeds seeds, Long mall, Long safety) {
        seeds.ensureRegister(mall, mall(safety), HISTORY_DAYS, 1);
        seeds.enterpriseNamed("440703", "精细化工有限公司")
                .ifPresent(id -> seeds.ensureRegister(id, chemicals(), HISTORY_DAYS, 2));
        seeds.enterpriseNamed("440703", "五金制品有限公司")
                .ifPresent(id -> seeds.ensureRegister(id, metalworking(), HISTORY_DAYS, 3));
    }

    private static TaskSeed post(String content, app.redline.prevention.TaskCycle cycle, String post) {
        return new TaskSeed(content, cycle, post, null, false);
    }

    private static List<ObjectSeed> mall(Long safety) {
        return List.of(
                new ObjectSeed(
                        "营业楼层",
                        ObjectKind.PLACE,
                        "一至四层",
                        List.of(
                                new UnitSeed(
                                        "三层餐饮区",
                                        "物业部",
                                        "黄丽娟",
                                        "0750-3300001",
                                        "关闭燃气总阀，启动排烟，组织顾客从东西两侧楼梯疏散",
                                        List.of(new EventSeed(
                                                "厨房燃气泄漏引发火灾爆炸",
                                                "火灾",
                                                3,
                                                6.0,
                                                15,
                                                List.of(
                                                        new MeasureSeed(
                                                                ENGINEERING,
                                                                "安装可燃气体报警装置并与燃气切断阀联锁",
                                                                List.of(post("检查燃气报警器和切断阀是否正常", SHIFT, "值班电工"))),
                                                        new MeasureSeed(
                                                                BEHAVIOUR,
                                                                "餐饮商户每日闭店关闭燃气总阀",
                                                                List.of(post("闭店后检查各商户燃气总阀已关闭", DAY, "楼层管理员"))))))),
                                new UnitSeed(
                                        "疏散通道和安全出口",
                                        "安保部",
                                        "黄丽娟",
                                        "0750-3300002",
                                        "按疏散预案引导人员疏散",
                                        List.of(new EventSeed(
                                                "人员密集时疏散不畅造成踩踏",
                                                "其他伤害",
                                                3,
                                                null,
                                                4,
                                                List.of(
                                                        new MeasureSeed(
                                                                BEHAVIOUR,
                                                                "安全出口和疏散通道禁止堆放物品、禁止锁闭",
                                                                List.of(new TaskSeed(
                                                                        "巡查安全出口和疏散通道是否畅通", DAY, null, safety, false))),
                                                        new MeasureSeed(
                                                                EMERGENCY,
                                                                "每季度组织一次全员疏散演练",
                                                                List.of(post("组织疏散演练并记录", QUARTER, "安全主任"))))))))),
                new ObjectSeed(
                        "地下停车场",
                        ObjectKind.PLACE,
                        "负一层",
                        List.of(new UnitSeed(
                                "电动自行车集中充电区",
                                "物业部",
                                "何文杰",
                                "0750-3300003",
                                "切断充电电源，使用灭火器和室内消火栓扑救",
                                List.of(new EventSeed(
                                        "电动自行车充电时起火",
                                        "火灾",
                                        3,
                                        null,
                                        5,
                                        List.of(new MeasureSeed(
                                                ENGINEERING,
                                                "充电区设置自动喷水灭火装置和定时断电",
                                                List.of(post("检查定时断电装置和喷头", WEEK, "值班电工"))))))))));
    }

    private static List<ObjectSeed> chemicals() {
        return List.of(
                new ObjectSeed(
                        "甲类仓库",
                        ObjectKind.MAJOR_HAZARD_SOURCE,
                        "厂区东北角",
                        List.of(new UnitSeed(
                                "易燃液体储存区",
                                "仓储部",
                                "梁永康",
                                "13800001111",
                                "切断泄漏源，启动泡沫灭火系统，撤离并警戒",
                                List.of(new EventSeed(
                                        "易燃液体泄漏遇火源引发火灾爆炸",
                                        "火灾",
                                        3,
                                        6.0,
                                        40,
                                        List.of(
                                                new MeasureSeed(
                                                        ENGINEERING,
                                                        "可燃气体检测报警与通风系统联锁",
                                                        List.of(new TaskSeed(
                                                                "检查可燃气体报警器读数和通风联锁", SHIFT, "仓库保管员", null, true))),
                                                new MeasureSeed(
                                                        MAINTENANCE,
                                                        "防爆电气设备每月检测",
                                                        List.of(post("检测防爆灯具和开关的防爆完好性", MONTH, "电工"))))))))),
                new ObjectSeed(
                        "装卸作业",
                        ObjectKind.ACTIVITY,
                        "装卸站台",
                        List.of(new UnitSeed(
                                "槽车装卸区",
                                "储运部",
                                "吴晓东",
                                "13800002222",
                                "立即停止装卸，关闭阀门，启用消防设施",
                                List.of(new EventSeed(
                                        "装卸时静电火花引燃可燃蒸气",
                                        "火灾",
                                        2,
                                        null,
                                        5,
                                        List.of(new MeasureSeed(
                                                BEHAVIOUR,
                                                "装卸前连接静电接地并确认",
                                                List.of(post("检查静电接地夹和报警仪", DAY, "装卸工"))))))))));
    }

    private static List<ObjectSeed> metalworking() {
        return List.of(
                new ObjectSeed(
                        "冲压车间",
                        ObjectKind.WORKSHOP,
                        "一号厂房",
                        List.of(new UnitSeed(
                                "冲压生产线",
                                "生产部",
                                "周国强",
                                "13800003333",
                                "按急停按钮，切断电源，救治伤员",
                                List.of(new EventSeed(
                                        "冲床误动作造成手部伤害",
                                        "机械伤害",
                                        3,
                                        null,
                                        4,
                                        List.of(new MeasureSeed(
                                                ENGINEERING,
                                                "冲床配置双手按钮和光电保护装置",
                                                List.of(post("开机前试验光电保护和双手按钮", SHIFT, "班组长"))))))))),
                new ObjectSeed(
                        "抛光车间",
                        ObjectKind.WORKSHOP,
                        "二号厂房",
                        List.of(new UnitSeed(
                                "铝制品抛光打磨区",
                                "生产部",
                                "杨志明",
                                "13800004444",
                                "停止作业，切断电源，严禁用水扑救金属粉尘火灾",
                                List.of(new EventSeed(
                                        "铝粉尘爆炸",
                                        "其他爆炸",
                                        3,
                                        6.0,
                                        15,
                                        List.of(
                                                new MeasureSeed(
                                                        ENGINEERING,
                                                        "湿式除尘系统每班清理",
                                                        List.of(post("检查除尘系统运行和积尘清理", SHIFT, "除尘管理员"))),
                                                new MeasureSeed(
                                                        MAINTENANCE,
                                                        "除尘器泄爆装置每月检查",
                                                        List.of(post("检查泄爆片和隔爆阀", MONTH, "设备员"))))))))));
    }
}
