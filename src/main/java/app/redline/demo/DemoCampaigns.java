package app.redline.demo;

import app.redline.account.AccountService;
import app.redline.campaign.CampaignMode;
import app.redline.campaign.CampaignSeeds;
import app.redline.hazard.HazardGrade;
import app.redline.hazard.HazardSeedBuilder;
import app.redline.hazard.HazardSeeds;
import app.redline.hazard.HazardSeeds.Actor;
import app.redline.hazard.HazardSeeds.Seed;
import app.redline.hazard.HazardState;
import app.redline.inspection.InspectionSeeds;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Two campaigns of the Pengjiang district government: a summer inspection of industrial enterprises
 * that ended two weeks ago (most self-inspected, some did not respond), and a fire-safety campaign
 * for crowded places and labour-intensive enterprises that is half-way through (the demo mall has
 * not self-inspected yet, so {@code safety} sees it on the home page).
 */
final class DemoCampaigns {

    private static final String[] FINDINGS = {
        "安全出口被货物堵塞", "灭火器压力不足、已过期", "应急照明不亮", "消防栓被遮挡、水带缺失",
        "电气线路私拉乱接", "疏散指示标志损坏", "员工不会使用灭火器", "防火门常开、闭门器损坏"
    };

    private static final String[] NOTES = {"一号车间东侧", "仓库二楼", "配电房", "员工宿舍一楼", "原料仓", "生产线末端", "楼梯间", "厨房操作间"};

    private DemoCampaigns() {}

    /** The fire-safety campaign, launched after the fire at a market of the district. */
    static final String FIRE_TITLE = "吸取商场火灾事故教训 人员密集场所和劳动密集型企业消防安全专项整治";

    static void load(
            CampaignSeeds campaigns,
            InspectionSeeds inspections,
            HazardSeeds hazards,
            OrganizationService organization,
            AccountService accounts,
            Actor gov,
            Actor inspector,
            Actor safety) {
        if (campaigns.hasCampaigns()) {
            return;
        }
        Long mall = safety.unitId();
        Random random = new Random(618);
        List<Seed> seeds = new ArrayList<>();

        CampaignSeeds.Launched summer = campaigns.launch(new CampaignSeeds.Launch(
                "汛期及高温季节工贸企业安全生产专项检查",
                "近期多地工贸企业发生有限空间中毒窒息和粉尘爆炸事故。按照市安委办部署，全区工贸企业对照通用检查表开展自查，" + "重点检查有限空间作业审批、粉尘涉爆场所清扫和特种作业持证情况，发现问题立即整改。",
                gov.unitId(),
                "440703",
                gov.userId(),
                "工贸企业安全生产通用检查表",
                75,
                -15,
                CampaignMode.SELF,
                Set.of("INDUSTRY_TRADE"),
                "蓬江区 · 工贸"));
        Map<Long, EnterpriseRow> summerTargets = organization.enterpriseRows(new HashSet<>(summer.targets()));
        for (Long id : summer.targets()) {
            if (random.nextInt(10) < 2) {
                continue; // did not respond
            }
            Actor manager = manager(accounts, summerTargets.get(id), safety);
            int daysAgo = 20 + random.nextInt(50);
            seeds.addAll(found(inspections, random, summer, id, true, manager, manager, inspector, daysAgo, false));
        }

        CampaignSeeds.Launched fire = campaigns.launch(new CampaignSeeds.Launch(
                FIRE_TITLE,
                "区内一家商业广场仓库发生火灾，造成三人死亡、两人重伤。举一反三，全区商场、市场和劳动密集型企业全面排查安全出口和疏散通道、" + "消防设施、电动自行车停放充电等问题，企业自查，区应急管理局逐家检查。",
                gov.unitId(),
                "440703",
                gov.userId(),
                "人员密集场所消防安全检查表",
                12,
                18,
                CampaignMode.BOTH,
                Set.of("CROWDED_PLACES", "COMMERCE", "LIGHT_INDUSTRY", "TEXTILE"),
                "蓬江区 · 人员密集场所/商贸/轻工/纺织"));
        campaigns.assign(fire.id(), fire.targets(), inspector.userId(), gov.userId());
        Map<Long, EnterpriseRow> fireTargets = organization.enterpriseRows(new HashSet<>(fire.targets()));
        for (Long id : fire.targets()) {
            Actor manager = manager(accounts, fireTargets.get(id), safety);
            if (!id.equals(mall) && random.nextInt(10) < 6) {
                seeds.addAll(found(
                        inspections, random, fire, id, true, manager, manager, inspector, 2 + random.nextInt(9), true));
            }
            if (random.nextInt(10) < 4) {
                seeds.addAll(found(
                        inspections,
                        random,
                        fire,
                        id,
                        false,
                        inspector,
                        manager,
                        inspector,
                        1 + random.nextInt(8),
                        true));
            }
        }
        hazards.seed(seeds);
    }

    /** A completed campaign inspection with up to two failed items, and the hazards they raised. */
    private static List<Seed> found(
            InspectionSeeds inspections,
            Random random,
            CampaignSeeds.Launched campaign,
            Long enterprise,
            boolean self,
            Actor finder,
            Actor manager,
            Actor inspector,
            int daysAgo,
            boolean running) {
        List<InspectionSeeds.Failure> failures = new ArrayList<>();
        int failed = random.nextInt(3);
        Set<Integer> positions = new HashSet<>();
        while (positions.size() < failed) {
            positions.add(1 + random.nextInt(6));
        }
        // The finding, and where: a hazard reads as what was found, not as the requirement it fails.
        positions.forEach(p -> failures.add(new InspectionSeeds.Failure(
                p, FINDINGS[random.nextInt(FINDINGS.length)], NOTES[random.nextInt(NOTES.length)])));
        InspectionSeeds.Completed done = inspections.completedInCampaign(
                campaign.id(),
                campaign.templateId(),
                self,
                new InspectionSeeds.Visit(
                        enterprise, finder.unitId(), finder.userId(), finder.name(), daysAgo, failures));
        List<Seed> seeds = new ArrayList<>();
        for (InspectionSeeds.FailedItem item : done.failed()) {
            HazardState state = running
                    ? (random.nextBoolean() ? HazardState.RECTIFYING : HazardState.PENDING_ACCEPTANCE)
                    : (random.nextInt(10) < 8 ? HazardState.CLOSED : HazardState.RECTIFYING);
            seeds.add(HazardSeedBuilder.of(enterprise, finder, manager)
                    .selfFound(self)
                    .acceptedBy(self ? manager : inspector)
                    .at(item.location(), item.note())
                    .grade(item.major() ? HazardGrade.MAJOR : HazardGrade.GENERAL)
                    .legalBasis(item.clause())
                    .reportedDaysAgo(daysAgo)
                    .deadlineDays(running ? 15 : 20)
                    .state(state)
                    .rejections(random.nextInt(4) == 0 ? 1 : 0)
                    .inspection(done.id())
                    .campaign(campaign.id())
                    .build());
        }
        return seeds;
    }

    private static Actor manager(AccountService accounts, EnterpriseRow enterprise, Actor safety) {
        if (enterprise.id().equals(safety.unitId())) {
            return safety;
        }
        return new Actor(
                DemoHazards.managerOf(accounts, enterprise),
                enterprise.safetyManager() == null ? "安全员" : enterprise.safetyManager(),
                enterprise.id());
    }
}
