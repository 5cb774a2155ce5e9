package app.redline.demo;

import app.redline.inspection.ChecklistTemplate.Item;
import app.redline.inspection.TemplateAdministration;
import java.util.List;
import java.util.Set;

/** Realistic checklists for the demo: crowded places, chemicals storage, construction sites, industry & trade. */
final class DemoTemplates {

    private DemoTemplates() {}

    static void load(TemplateAdministration templates) {
        templates.ensure(
                "人员密集场所消防安全检查表",
                Set.of("CROWDED_PLACES", "COMMERCE"),
                List.of(
                        new Item("安全出口、疏散通道畅通，未被占用、堵塞或封闭", "《消防法》第二十八条", true),
                        new Item("应急照明和疏散指示标志完好有效", "GB 51309-2018", false),
                        new Item("灭火器配置数量、类型符合要求且在有效期内", "GB 50140-2005 第6.2.1条", false),
                        new Item("室内消火栓箱内器材齐全，无遮挡", "GB 50974-2014", false),
                        new Item("消防控制室 24 小时双人值班，持证上岗", "GB 25506-2010 第4.2.1条", false),
                        new Item("餐饮场所燃气管道安装可燃气体报警装置", "GB 50028-2006 第10.8.1条", true),
                        new Item("电动自行车未在室内公共区域停放充电", "《高层民用建筑消防安全管理规定》第三十七条", false)));
        templates.ensure(
                "危险化学品储存场所检查表",
                Set.of("HAZARDOUS_CHEMICALS"),
                List.of(
                        new Item("危险化学品分区、分类、分库储存，禁忌物料未混存", "GB 15603-2022 第5.2条", true),
                        new Item("储存场所设置可燃/有毒气体检测报警装置并正常运行", "GB/T 50493-2019", true),
                        new Item("重大危险源按规定登记建档、备案并实施监控", "《危险化学品重大危险源监督管理暂行规定》", true),
                        new Item("防雷防静电设施定期检测合格", "GB 50057-2010", false),
                        new Item("从业人员经安全培训合格，持证上岗", "《安全生产法》第二十八条", false),
                        new Item("安全技术说明书和安全标签齐全", "GB/T 16483-2008", false)));
        templates.ensure(
                "建筑施工现场安全检查表",
                Set.of("CONSTRUCTION"),
                List.of(
                        new Item("深基坑专项施工方案经专家论证并按方案施工", "《危险性较大的分部分项工程安全管理规定》", true),
                        new Item("脚手架搭设符合方案，验收合格后挂牌使用", "JGJ 130-2011", false),
                        new Item("塔吊安装验收合格，限位保险装置齐全有效", "GB 5144-2006", true),
                        new Item("临边、洞口防护到位", "JGJ 80-2016", false),
                        new Item("施工用电三级配电两级保护", "JGJ 46-2005", false),
                        new Item("作业人员正确佩戴安全帽、系挂安全带", "JGJ 59-2011", false)));
        templates.ensure(
                "工贸企业安全生产通用检查表",
                Set.of("INDUSTRY_TRADE"),
                List.of(
                        new Item("有限空间作业实行审批，先通风、再检测、后作业", "《工贸企业有限空间作业安全规定》", true),
                        new Item("粉尘涉爆场所除尘系统按规范设置并定期清扫", "GB 15577-2018", true),
                        new Item("设备转动部位防护罩齐全", "GB/T 8196-2018", false),
                        new Item("特种作业人员持证上岗", "《特种作业人员安全技术培训考核管理规定》", false),
                        new Item("安全生产责任制、规章制度和操作规程健全", "《安全生产法》第二十一条", false),
                        new Item("配电箱、线路规范，无私拉乱接", "GB 50054-2011", false)));
    }
}
