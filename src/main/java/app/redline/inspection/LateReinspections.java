package app.redline.inspection;

import app.redline.hazard.NoticeHazards;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-inspections past their date while a hazard of the notice is still open, in a supervisor's
 * scope: the overdue review lists them beside the overdue hazards.
 */
@Component("lateReinspections")
@RequiredArgsConstructor
@Transactional(readOnly = true)
class LateReinspections {

    public record Late(
            long inspectionId, String enterpriseName, String issuer, int year, int seq, LocalDate due, long daysLate) {}

    private final InspectionRepository inspections;
    private final RectificationNoticeRepository notices;
    private final OrganizationService organization;
    private final Clock clock;

    /** The most late first, at most {@code limit}. */
    public List<Late> of(Scope scope, int limit) {
        LocalDate today = LocalDate.now(clock);
        Specification<Inspection> late = InspectionService.inScope(scope).and((i, query, cb) -> {
            Subquery<Long> notice = query.subquery(Long.class);
            Root<RectificationNotice> n = notice.from(RectificationNotice.class);
            notice.select(n.get(RectificationNotice_.id))
                    .where(
                            cb.equal(n.get(RectificationNotice_.inspectionId), i.get(Inspection_.id)),
                            cb.lessThan(n.get(RectificationNotice_.reinspectionDue), today),
                            NoticeHazards.anyOpen(query, cb, n.get(RectificationNotice_.id)));
            return cb.exists(notice);
        });
        List<Inspection> found = inspections
                .findAll(late, PageRequest.of(0, limit, Sort.by(Inspection_.INSPECTED_ON, Inspection_.ID)))
                .getContent();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, RectificationNotice> byInspection =
                notices
                        .findByInspectionIdIn(
                                found.stream().map(Inspection::getId).toList())
                        .stream()
                        .collect(Collectors.toMap(RectificationNotice::getInspectionId, Function.identity()));
        Map<Long, String> names = organization.unitNames(found.stream()
                .flatMap(i -> Stream.of(
                        i.getEnterpriseId(), byInspection.get(i.getId()).getUnitId()))
                .collect(Collectors.toSet()));
        return found.stream()
                .map(i -> {
                    RectificationNotice n = byInspection.get(i.getId());
                    return new Late(
                            i.getId(),
                            names.get(i.getEnterpriseId()),
                            names.getOrDefault(n.getUnitId(), ""),
                            n.getYear(),
                            n.getSeq(),
                            n.getReinspectionDue(),
                            ChronoUnit.DAYS.between(n.getReinspectionDue(), today));
                })
                .sorted(Comparator.comparingLong(Late::daysLate).reversed())
                .toList();
    }
}
