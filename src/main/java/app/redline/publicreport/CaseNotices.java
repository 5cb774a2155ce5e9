package app.redline.publicreport;

import app.redline.notification.Notice;
import app.redline.notification.NotificationType;
import app.redline.notification.Notifications;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the handlers that a case is theirs to verify: a department's inspectors and supervisors, or
 * for an employee's report the enterprise's safety managers.
 */
@Component
@RequiredArgsConstructor
class CaseNotices {

    private final Notifications notifications;
    private final JdbcClient jdbc;

    void received(Long reportId, String caseNumber, Long handlerUnitId, String enterpriseName) {
        List<Long> handlers = jdbc.sql(
                        "select distinct u.id from app_user u join user_role r on r.user_id = u.id"
                                + " where u.unit_id = :unit and u.enabled and r.role in ('INSPECTOR', 'SUPERVISOR', 'ENTERPRISE_MANAGER')")
                .param("unit", handlerUnitId)
                .query(Long.class)
                .list();
        notifications.send(List.of(
                new Notice(handlers, NotificationType.PUBLIC_REPORT, null, caseNumber + " · " + enterpriseName, null)));
    }
}
