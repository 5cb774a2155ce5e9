package app.redline.demo;

import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.hazard.HazardGrade;
import app.redline.hazard.HazardSeedBuilder;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's hazards: found by the Pengjiang emergency bureau's inspector at Pengjiang's
 * enterprises, and a few by the mall's own safety manager, in every state — some overdue, some
 * major — so every page has something to show.
 */
final class DemoHazards {

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
        all.stream().map(Seed::inspectionId).filter(Objects::nonNull).distinct().forEach(inspections::bindNotice);
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
        InspectionSeeds.Visit visit = new InspectionSeeds.Visit(
                mall,
                inspector.unitId(),
                inspector.userId(),
                "陈志强、李明",
                10,
                List.of(
                        new InspectionSeeds.Failure(1, "东侧安全出口被货架堵塞", "负一层"),
                        new InspectionSeeds.Failure(3, "4 具灭火器压力不足", "三楼餐饮区")));
        InspectionSeeds.Completed done = inspections.completed(visit, "人员密集场所消防安全检查表");
        inspections.notice(done.id(), inspector.unitId(), inspector.userId(), 15);
        Actor manager = new Actor(safetyId, "黄丽娟", mall);
        List<Seed> seeds = new ArrayList<>();
        HazardState[] states = {HazardState.RECTIFYING, HazardState.PENDING_ACCEPTANCE};
        for (int i = 0; i < done.failed().size(); i++) {
            InspectionSeeds.FailedItem item = done.failed().get(i);
            seeds.add(HazardSeedBuilder.of(mall, inspector, manager)
                    .at(item.location() == null ? "" : item.location(), item.note())
                    .grade(item.major() ? HazardGrade.MAJOR : HazardGrade.GENERAL)
                    .legalBasis(item.clause())
                    .reportedDaysAgo(10)
                    .deadlineDays(15)
                    .state(states[i % 2])
                    .inspection(done.id())
                    .build());
        }
        return seeds;
    }

    private static Seed seed(
            Random random,
            Long enterprise,
            List<String> industries,
            Actor finder,
            boolean self,
            Actor manager,
            Actor accepter) {
        DemoFindings.Finding finding = DemoFindings.finding(random, industries);
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
        return HazardSeedBuilder.of(enterprise, finder, manager)
                .selfFound(self)
                .acceptedBy(accepter)
                .at(finding.location(), finding.description())
                .category(finding.category())
                .grade(grade)
                .legalBasis(finding.basis())
                .reportedDaysAgo(reportedDaysAgo)
                .deadlineDays(deadlineDays)
                .state(state)
                .rejections(rejections)
                .build();
    }

    private static Seed withGrade(Seed seed, HazardGrade grade) {
        return HazardSeedBuilder.of(seed.enterpriseId(), seed.finder(), seed.manager())
                .selfFound(seed.selfFound())
                .acceptedBy(seed.accepter())
                .at(seed.location(), seed.description())
                .category(seed.category())
                .grade(grade)
                .legalBasis(seed.legalBasis())
                .reportedDaysAgo(seed.reportedDaysAgo())
                .deadlineDays(seed.deadlineDays())
                .state(seed.state())
                .rejections(seed.rejections())
                .inspection(seed.inspectionId())
                .build();
    }

    /** Each demo enterprise gets a safety manager account, named after the enterprise's safety manager. */
    static Long managerOf(AccountService accounts, EnterpriseRow enterprise) {
        String username = "mgr-" + enterprise.creditCode().substring(12).toLowerCase(Locale.ROOT);
        String name = enterprise.safetyManager() == null ? "安全员" : enterprise.safetyManager();
        return accounts.ensureUser(username, name, enterprise.id(), Set.of(Role.ENTERPRISE_MANAGER), DemoData.PASSWORD);
    }
}
