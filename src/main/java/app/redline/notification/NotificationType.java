package app.redline.notification;

/** Why someone is told something about a hazard or a campaign. */
public enum NotificationType {
    /** A supervisor urges the enterprise to get on with the rectification. */
    URGED,
    /** A government listed the hazard for supervision (挂牌督办). */
    LISTED,
    /** The listing ended because the hazard was closed. */
    DELISTED,
    /** The deadline is near. */
    REMINDER,
    /** The deadline has passed. */
    OVERDUE,
    /** Overdue long enough to be escalated to the local government. */
    ESCALATED,
    /** A supervisor urges an enterprise to respond to a special rectification campaign. */
    CAMPAIGN_URGED
}
