package app.redline.notification;

import java.util.Collection;

/**
 * What to tell whom: the recipients (user ids), why, about which hazard, and the two values the
 * message shows (what the hazard is, and a detail such as who urged or the new deadline). The text
 * itself is written in each reader's language when it is shown or mailed.
 */
public record Notice(
        Collection<Long> recipients, NotificationType type, Long hazardId, String subject, String detail) {}
