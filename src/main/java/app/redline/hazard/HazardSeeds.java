package app.redline.hazard;

import app.redline.system.Seeds;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes hazards with a past, for the demo installation: each goes through the same transitions as
 * in real use, with its events dated on the days they would have happened.
 */
@Seeds
@Service
@RequiredArgsConstructor
public class HazardSeeds {

    /** A person in the story: user id, name, unit. */
    public record Actor(Long userId, String name, Long unitId) {}

    /**
     * One hazard: where and what, who found it (and whether the enterprise itself did), who plans
     * and who accepts, how many days ago it was reported, the deadline's distance from the report,
     * the state it has reached and how often it was rejected on the way. Build one with
     * {@link HazardSeedBuilder}.
     */
    public record Seed(
            Long enterpriseId,
            Actor finder,
            boolean selfFound,
            Actor manager,
            Actor accepter,
            String location,
            String description,
            HazardCategory category,
            HazardGrade grade,
            String legalBasis,
            int reportedDaysAgo,
            int deadlineDays,
            HazardState state,
            int rejections,
            Long inspectionId,
            Long campaignId) {}

    private final HazardRepository hazards;
    private final HazardEventRepository events;
    private final Clock clock;
    private final ListingCounter listings;
    private final MajorClosings closings;

    public boolean hasHazards() {
        return hazards.count() > 0;
    }

    @Transactional
    public void seed(List<Seed> seeds) {
        LocalDate today = LocalDate.now(clock);
        for (Seed seed : seeds) {
            LocalDate reported = today.minusDays(seed.reportedDaysAgo());
            Hazard hazard = new Hazard(
                    new HazardFinding(
                            seed.enterpriseId(),
                            seed.location(),
                            seed.description(),
                            seed.category(),
                            seed.grade(),
                            seed.legalBasis()),
                    seed.finder().unitId(),
                    seed.selfFound(),
                    seed.finder().userId(),
                    at(reported, 9),
                    reported);
            hazard.foundIn(new Hazard.FoundIn(seed.inspectionId(), seed.campaignId(), null, null));
            hazards.save(hazard);
            event(hazard, seed.finder(), reported, 9, HazardEvent.Type.REPORTED, null, HazardState.REPORTED, null);
            if (seed.state() == HazardState.REPORTED) {
                continue;
            }
            LocalDate planned = reported.plusDays(1);
            hazard.assignPlan(
                    new RectificationPlan(
                            "按规范整改：" + seed.description(),
                            seed.manager().name(),
                            reported.plusDays(seed.deadlineDays()),
                            seed.grade() == HazardGrade.MAJOR ? "专项资金 12 万元" : null,
                            seed.grade() == HazardGrade.MAJOR ? "设置警戒区，专人值守，暂停相关作业" : null,
                            seed.grade() == HazardGrade.MAJOR ? "已编制专项应急预案并组织演练" : null),
                    planned);
            event(
                    hazard,
                    seed.manager(),
                    planned,
                    10,
                    HazardEvent.Type.PLAN_ASSIGNED,
                    HazardState.REPORTED,
                    HazardState.RECTIFYING,
                    hazard.getMeasures());
            LocalDate day = planned;
            for (int r = 0; r < seed.rejections(); r++) {
                day = day.plusDays(2);
                hazard.submitEvidence("已整改，现场照片已上传");
                event(
                        hazard,
                        seed.manager(),
                        day,
                        15,
                        HazardEvent.Type.EVIDENCE_SUBMITTED,
                        HazardState.RECTIFYING,
                        HazardState.PENDING_ACCEPTANCE,
                        hazard.getEvidence());
                hazard.reject("整改不到位，请补充措施");
                event(
                        hazard,
                        seed.accepter(),
                        day.plusDays(1),
                        11,
                        HazardEvent.Type.REJECTED,
                        HazardState.PENDING_ACCEPTANCE,
                        HazardState.RECTIFYING,
                        "整改不到位，请补充措施");
            }
            if (seed.state() == HazardState.RECTIFYING) {
                continue;
            }
            LocalDate done = min(day.plusDays(3), today);
            hazard.submitEvidence("已按方案完成整改，复查合格");
            event(
                    hazard,
                    seed.manager(),
                    done,
                    16,
                    HazardEvent.Type.EVIDENCE_SUBMITTED,
                    HazardState.RECTIFYING,
                    HazardState.PENDING_ACCEPTANCE,
                    hazard.getEvidence());
            if (seed.state() == HazardState.PENDING_ACCEPTANCE) {
                continue;
            }
            LocalDate accepted = min(done.plusDays(1), today);
            if (hazard.getGrade() == HazardGrade.MAJOR) {
                // A major hazard's treatment is evaluated before it is accepted.
                hazard.evaluated(false);
                closings.insert(
                        hazard,
                        MajorClosing.EvaluatorKind.EXPERTS,
                        "企业安全技术人员及外聘专家",
                        done,
                        "治理措施落实到位，隐患已消除，同意申请验收",
                        false,
                        seed.manager().userId(),
                        seed.manager().name(),
                        at(done, 17));
                event(
                        hazard,
                        seed.manager(),
                        done,
                        17,
                        HazardEvent.Type.EVALUATED,
                        HazardState.PENDING_ACCEPTANCE,
                        HazardState.PENDING_ACCEPTANCE,
                        "企业安全技术人员及外聘专家 · " + done + " · 治理措施落实到位，隐患已消除");
            }
            hazard.accept(at(accepted, 10), clock.getZone());
            event(
                    hazard,
                    seed.accepter(),
                    accepted,
                    10,
                    HazardEvent.Type.ACCEPTED,
                    HazardState.PENDING_ACCEPTANCE,
                    HazardState.CLOSED,
                    "复查合格，同意销号");
        }
    }

    /**
     * Lists the longest-overdue open MAJOR hazard (not of {@code except}) for supervision by a
     * government, as its supervisor would.
     */
    @Transactional
    public void listOne(Actor government, Long except, int daysToComplete, String note) {
        LocalDate today = LocalDate.now(clock);
        hazards.findAll().stream()
                .filter(h -> h.getGrade() == HazardGrade.MAJOR
                        && h.getState().isOpen()
                        && h.getDeadline() != null
                        && !h.getEnterpriseId().equals(except))
                .min(Comparator.comparing(Hazard::getDeadline).thenComparing(Hazard::getId))
                .ifPresent(h -> {
                    h.listForSupervision(
                            government.unitId(),
                            today.getYear(),
                            listings.next(government.unitId(), today.getYear()),
                            Instant.now(clock),
                            today.plusDays(daysToComplete),
                            note,
                            today);
                    events.save(new HazardEvent(
                            h.getId(),
                            Instant.now(clock),
                            government.userId(),
                            government.name(),
                            HazardEvent.Type.LISTED,
                            h.getState(),
                            h.getState(),
                            today.plusDays(daysToComplete) + " · " + note));
                });
    }

    private void event(
            Hazard hazard,
            Actor actor,
            LocalDate day,
            int hour,
            HazardEvent.Type type,
            HazardState from,
            HazardState to,
            String comment) {
        events.save(
                new HazardEvent(hazard.getId(), at(day, hour), actor.userId(), actor.name(), type, from, to, comment));
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
