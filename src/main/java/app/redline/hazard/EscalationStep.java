package app.redline.hazard;

import app.redline.notification.NotificationType;

/** The steps of the overdue clock, in order; a hazard's escalation level is the last one sent. */
enum EscalationStep {
    REMINDER(1, NotificationType.REMINDER, HazardEvent.Type.REMINDER),
    OVERDUE(2, NotificationType.OVERDUE, HazardEvent.Type.OVERDUE_NOTICE),
    GOVERNMENT(3, NotificationType.ESCALATED, HazardEvent.Type.ESCALATED);

    final int level;
    final NotificationType notification;
    final HazardEvent.Type event;

    EscalationStep(int level, NotificationType notification, HazardEvent.Type event) {
        this.level = level;
        this.notification = notification;
        this.event = event;
    }
}
