package app.redline.inspection;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.hazard.HazardReports;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.organization.UnitType;
import app.redline.system.FormSubmissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues rectification notices for the hazards a department's (or government's) inspection found.
 * Numbers run per issuing unit and year; the counter row is incremented atomically in the database,
 * so two notices issued at the same moment never share a number.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class NoticeService {

    private final FormSubmissions submissions;
    private final InspectionService inspections;
    private final RectificationNoticeRepository notices;
    private final HazardReports hazards;
    private final OrganizationService organization;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final MessageSource messages;

    record NoticePage(
            InspectionService.InspectionPage inspection, RectificationNotice notice, String issuer, boolean mayIssue) {}

    NoticePage page(SignedInUser user, Scope scope, Long inspectionId) {
        InspectionService.InspectionPage page = inspections.page(user, scope, inspectionId);
        RectificationNotice notice = notices.findByInspectionId(inspectionId).orElse(null);
        String issuer = organization
                .findUnit(page.inspection().getUnitId())
                .map(u -> u.name())
                .orElse("");
        return new NoticePage(page, notice, issuer, notice == null && mayIssue(user, page));
    }

    @Transactional
    Long issue(
            SignedInUser user,
            Scope scope,
            Long inspectionId,
            String requirements,
            LocalDate deadline,
            Map<Long, LocalDate> hazardDeadlines,
            LocalDate reinspection) {
        submissions.claim();
        InspectionService.InspectionPage page = inspections.page(user, scope, inspectionId);
        if (!issuesFor(user, page)) {
            throw new AccessDeniedException("May not issue a notice for inspection " + inspectionId);
        }
        if (!hasFindings(page)) {
            throw new InspectionRefused("notice.notYet");
        }
        if (notices.findByInspectionId(inspectionId).isPresent()) {
            throw new InspectionRefused("notice.issued");
        }
        LocalDate today = LocalDate.now(clock);
        if (requirements == null || requirements.isBlank() || requirements.length() > 2000) {
            throw new InspectionRefused("notice.requirements.required");
        }
        if (deadline == null || deadline.isBefore(today)) {
            throw new InspectionRefused("hazard.plan.deadline.past");
        }
        // The notice orders each open hazard rectified by its own date, or the notice's.
        Map<Long, LocalDate> ordered = new LinkedHashMap<>();
        for (HazardReports.Raised hazard : page.hazards()) {
            if (!hazard.open()) {
                continue;
            }
            LocalDate own = hazardDeadlines.get(hazard.id());
            if (own != null && own.isBefore(today)) {
                throw new InspectionRefused("hazard.plan.deadline.past");
            }
            ordered.put(hazard.id(), own == null ? deadline : own);
        }
        LocalDate latest = ordered.values().stream().max(LocalDate::compareTo).orElse(deadline);
        if (reinspection == null || reinspection.isBefore(deadline) || reinspection.isBefore(latest)) {
            throw new InspectionRefused("notice.reinspection.before");
        }
        Long unit = page.inspection().getUnitId();
        int year = today.getYear();
        Integer seq = jdbc.sql("insert into notice_counter (unit_id, year, last) values (:unit, :year, 1)"
                        + " on conflict (unit_id, year) do update set last = notice_counter.last + 1 returning last")
                .param("unit", unit)
                .param("year", year)
                .query(Integer.class)
                .single();
        RectificationNotice issued = new RectificationNotice(
                inspectionId,
                unit,
                year,
                seq,
                requirements.strip(),
                deadline,
                reinspection,
                user.id(),
                Instant.now(clock));
        issued.orders(ordered);
        Long id = notices.saveAndFlush(issued).getId();
        String number = messages.getMessage(
                "notice.number",
                new Object[] {organization.findUnit(unit).map(u -> u.name()).orElse(""), year, seq},
                Locale.SIMPLIFIED_CHINESE);
        hazards.orderRectification(user, id, number, ordered);
        publisher.publishEvent(new RectificationNoticeIssued(
                UUID.randomUUID(),
                inspectionId,
                page.inspection().getEnterpriseId(),
                page.enterprise().name(),
                user.id(),
                page.unitName(),
                year,
                seq,
                deadline,
                page.hazards().stream().map(HazardReports.Raised::id).toList()));
        return id;
    }

    /** The inspecting department's or government's inspectors, once it is completed and found hazards. */
    private boolean mayIssue(SignedInUser user, InspectionService.InspectionPage page) {
        return issuesFor(user, page) && hasFindings(page);
    }

    /** Whether the user speaks for the inspecting department or government. */
    private boolean issuesFor(SignedInUser user, InspectionService.InspectionPage page) {
        Inspection inspection = page.inspection();
        UnitType unit = organization.unitType(inspection.getUnitId()).orElse(UnitType.OPERATOR);
        return (unit == UnitType.DEPARTMENT || unit == UnitType.GOVERNMENT)
                && user.unitId().equals(inspection.getUnitId())
                && (user.hasRole(Role.INSPECTOR) || user.hasRole(Role.SUPERVISOR));
    }

    /** A notice lists what a completed inspection found. */
    private static boolean hasFindings(InspectionService.InspectionPage page) {
        return !page.inspection().isDraft() && !page.hazards().isEmpty();
    }
}
