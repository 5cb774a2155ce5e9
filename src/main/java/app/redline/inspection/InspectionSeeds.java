package app.redline.inspection;

import app.redline.system.Seeds;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes completed inspections with a past, for the demo installation. */
@Seeds
@Service
@RequiredArgsConstructor
public class InspectionSeeds {

    private final InspectionRepository inspections;
    private final EntityManager entityManager;
    private final ChecklistTemplateRepository templates;
    private final RectificationNoticeRepository notices;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** A failed item of the checklist (by position, from 1) and where it was seen. */
    public record Failure(int position, String note, String location) {

        public Failure(int position, String note) {
            this(position, note, null);
        }
    }

    /** What a completed demo inspection raised: its id, and each failure's item text, clause and grade. */
    public record Completed(Long id, List<FailedItem> failed) {}

    public record FailedItem(String text, String clause, boolean major, String note, String location) {}

    /** Who inspected which enterprise how many days ago, and which items failed. */
    public record Visit(
            Long enterpriseId, Long unitId, Long userId, String inspectors, int daysAgo, List<Failure> failures) {}

    @Transactional
    public Completed completed(Visit visit, String templateName) {
        ChecklistTemplate template = templates.findByCurrentTrueOrderByNameAsc().stream()
                .filter(t -> t.getName().equals(templateName))
                .findFirst()
                .orElseThrow();
        return completed(template, InspectionType.ROUTINE, null, visit);
    }

    /** A completed inspection answering a campaign: a self-inspection, or an inspector's visit. */
    @Transactional
    public Completed completedInCampaign(Long campaignId, Long templateId, boolean self, Visit visit) {
        return completed(
                templates.findById(templateId).orElseThrow(),
                self ? InspectionType.SELF_INSPECTION : InspectionType.SPECIAL_CAMPAIGN,
                campaignId,
                visit);
    }

    private Completed completed(ChecklistTemplate template, InspectionType type, Long campaignId, Visit visit) {
        LocalDate day = LocalDate.now(clock).minusDays(visit.daysAgo());
        Inspection inspection = new Inspection(
                visit.enterpriseId(),
                visit.unitId(),
                template.getId(),
                type,
                day,
                visit.inspectors(),
                "企业安全负责人",
                "现场检查，查阅台账",
                visit.userId(),
                day.atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant());
        Map<Long, Inspection.Result> results = new HashMap<>();
        List<FailedItem> failed = new ArrayList<>();
        for (ChecklistItem item : template.getItems()) {
            Failure failure = visit.failures().stream()
                    .filter(f -> f.position() == item.getPosition())
                    .findFirst()
                    .orElse(null);
            if (failure == null) {
                results.put(item.getId(), new Inspection.Result(Inspection.Outcome.PASS, null));
            } else {
                results.put(
                        item.getId(),
                        new Inspection.Result(Inspection.Outcome.FAIL, failure.note(), failure.location(), null));
                failed.add(new FailedItem(
                        item.getText(), item.getClause(), item.isMajorIfFailed(), failure.note(), failure.location()));
            }
        }
        inspection.answer(campaignId);
        inspection.record(results, failed.isEmpty() ? "已检查，未发现问题" : "发现问题已当场告知企业负责人");
        inspection.complete(
                day.atTime(LocalTime.of(11, 30)).atZone(clock.getZone()).toInstant(), failed.size());
        inspections.save(inspection);
        return new Completed(inspection.getId(), failed);
    }

    /** Issues the notice of a demo inspection, numbered like any other. */
    @Transactional
    public void notice(Long inspectionId, Long unitId, Long userId, int deadlineDays) {
        Inspection inspection = inspections.findById(inspectionId).orElseThrow();
        LocalDate day = inspection.getInspectedOn();
        Integer seq = jdbc.sql("insert into notice_counter (unit_id, year, last) values (:unit, :year, 1)"
                        + " on conflict (unit_id, year) do update set last = notice_counter.last + 1 returning last")
                .param("unit", unitId)
                .param("year", day.getYear())
                .query(Integer.class)
                .single();
        notices.save(new RectificationNotice(
                inspectionId,
                unitId,
                day.getYear(),
                seq,
                "请对上述隐患在期限内整改完毕，整改完成前落实临时安全措施，并书面报告整改情况。",
                day.plusDays(deadlineDays),
                day.plusDays(deadlineDays + 3),
                userId,
                day.atTime(LocalTime.of(14, 0)).atZone(clock.getZone()).toInstant()));
    }

    /**
     * Binds the hazards an inspection raised to its notice, as issuing it would have (the demo seeds
     * the hazards after the notice): the notice's date is each one's ordered deadline.
     */
    @Transactional
    public void bindNotice(Long inspectionId) {
        // Write the seeded hazards first: a flush after this SQL would put their old columns back.
        entityManager.flush();
        jdbc.sql("insert into notice_hazard (notice_id, hazard_id, deadline) select n.id, h.id, n.deadline"
                        + " from rectification_notice n join hazard h on h.inspection_id = n.inspection_id"
                        + " where n.inspection_id = :id on conflict do nothing")
                .param("id", inspectionId)
                .update();
        jdbc.sql("update hazard h set notice_id = n.id, ordered_deadline = n.deadline from rectification_notice n"
                        + " where n.inspection_id = h.inspection_id and h.inspection_id = :id")
                .param("id", inspectionId)
                .update();
    }
}
