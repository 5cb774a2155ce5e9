package app.redline.notification;

/** Why someone is told something about a hazard or a campaign. */
public enum NotificationType {
    /** A hazard was found at the enterprise: its managers assign the rectification plan. */
    REPORTED,
    /** A plan was assigned: the responsible person rectifies by the deadline. */
    PLAN_ASSIGNED,
    /** Evidence was submitted: the accepting side checks it. */
    EVIDENCE_SUBMITTED,
    /** The rectification was accepted and the hazard closed. */
    ACCEPTED,
    /** The rectification was rejected, with the reason. */
    REJECTED,
    /** The enterprise asks for a later deadline: the accepting side decides. */
    EXTENSION_REQUESTED,
    /** The extension was approved: a new deadline. */
    EXTENSION_APPROVED,
    /** The extension was refused: the deadline stands. */
    EXTENSION_REFUSED,
    /** A rectification notice was issued for an inspection's findings. */
    NOTICE_ISSUED,
    /** A supervisor urges the enterprise to get on with the rectification. */
    URGED,
    /** A government listed the hazard for supervision (挂牌督办). */
    LISTED,
    /** The enterprise filed the report of a major hazard (Order No. 16, Art. 14). */
    MAJOR_REPORTED,
    REINSPECTED,
    /** A major hazard's treatment was evaluated: the accepting side's turn (or a restart first). */
    EVALUATED,
    /** The enterprise applied to restart production: the department decides. */
    RESTART_REQUESTED,
    /** The restart was approved. */
    RESTART_APPROVED,
    /** The restart was refused: the enterprise rectifies again. */
    RESTART_REFUSED,
    /** The enterprise applied for write-off: the department verifies. */
    WRITE_OFF_REQUESTED,
    /** The department verified the write-off: the listing government approves. */
    WRITE_OFF_CONFIRMED,
    /** The write-off was refused: the enterprise rectifies again. */
    WRITE_OFF_REFUSED,
    /** The listing government approved the write-off: closed and delisted. */
    WRITTEN_OFF,
    /** The listing ended because the hazard was closed. */
    DELISTED,
    /** The deadline is near. */
    REMINDER,
    /** The deadline has passed. */
    OVERDUE,
    /** Overdue long enough to be escalated to the local government. */
    ESCALATED,
    /** A supervisor urges an enterprise to respond to a special rectification campaign. */
    CAMPAIGN_URGED,
    /** The enterprise is urged to submit its statistics table of a period (by a supervisor or, late, by Redline). */
    STATISTICS_URGED,
    PUBLIC_REPORT,
    /** A department's day: how many hazards in its scope became overdue (one a day, counting up). */
    OVERDUE_DIGEST,
    /** A government's day: how many hazards were escalated to it (one a day, counting up). */
    ESCALATED_DIGEST,
    /** An accident was reported in the unit's reach: to whoever is on duty (its supervisors when nobody is). */
    ACCIDENT,
    /** A follow-up or upward report of an accident the recipient was told of. */
    ACCIDENT_REPORT;

    /** Whether it counts hazards of a day rather than naming one: it opens the overdue review. */
    public boolean isDigest() {
        return this == OVERDUE_DIGEST || this == ESCALATED_DIGEST;
    }

    /** Where a notification of this type opens: its hazard, its campaign, or the overdue review for a digest. */
    public String path(Long hazardId, Long campaignId, Long objectId) {
        if (isDigest()) {
            return "/overdue";
        }
        if (this == STATISTICS_URGED) {
            return "/reports/statistics";
        }
        if ((this == ACCIDENT || this == ACCIDENT_REPORT) && objectId != null) {
            return "/accidents/" + objectId;
        }
        if (this == PUBLIC_REPORT) {
            return "/public-reports";
        }
        return hazardId != null ? "/hazards/" + hazardId : campaignId != null ? "/campaigns/" + campaignId : null;
    }
}
