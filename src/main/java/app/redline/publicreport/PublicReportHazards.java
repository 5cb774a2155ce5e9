package app.redline.publicreport;

import app.redline.hazard.FindingPhotos;
import app.redline.hazard.HazardRaisedFrom;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hazard raised from a case's page (the hazard form's origin {@code public-report:<id>}) decides
 * the case in the hazard's own transaction: both happen, or neither. The report's photos become the
 * hazard's finding photos.
 */
@Component
@RequiredArgsConstructor
class PublicReportHazards {

    static final Pattern ORIGIN = Pattern.compile("public-report:(\\d{1,18})");

    private final PublicReportRepository reports;
    private final PublicReportEvents events;
    private final PublicUploads uploads;
    private final FindingPhotos findingPhotos;
    private final JdbcClient jdbc;
    private final Clock clock;

    static String origin(long reportId) {
        return "public-report:" + reportId;
    }

    @EventListener
    void on(HazardRaisedFrom raised) {
        Matcher m = ORIGIN.matcher(raised.origin());
        if (m.matches()) {
            raised(Long.parseLong(m.group(1)), raised.hazardId(), raised.enterpriseId(), raised.reporterId());
        }
    }

    /**
     * A hazard was raised from the case (the hazard form named it as its origin), in the hazard's
     * transaction: the case is decided, or — decided meanwhile, or not the reporter's to decide —
     * the hazard is refused with it.
     */
    @Transactional
    void raised(long id, long hazardId, long enterpriseId, long userId) {
        PublicReport report = reports.findById(id).orElse(null);
        boolean handler = jdbc.sql("select count(*) from app_user u join user_role r on r.user_id = u.id"
                                + " where u.id = :user and u.unit_id = :unit and r.role = :role")
                        .param("user", userId)
                        .param("unit", report == null ? -1L : report.getHandlerUnitId())
                        .param("role", report != null && report.isStaff() ? "ENTERPRISE_MANAGER" : "INSPECTOR")
                        .query(Long.class)
                        .single()
                > 0;
        if (report == null || !handler || report.getEnterpriseId() != enterpriseId) {
            throw new app.redline.hazard.HazardRefused("description", "publicReport.raise.notYours");
        }
        if (!report.isOpen()) {
            throw new app.redline.hazard.HazardRefused("description", "publicReport.decided");
        }
        report.raised(hazardId, null, null, userId, Instant.now(clock));
        reports.saveAndFlush(report);
        events.record(id, PublicReportEvents.Type.HAZARD_RAISED, userId, null, null, null);
        findingPhotos.add(hazardId, userId, uploads.files(id));
    }
}
