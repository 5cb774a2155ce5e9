package app.redline.notification;

import java.util.Collection;
import java.util.UUID;

/**
 * What to tell whom: the recipients (user ids), why, about which hazard, and the two values the
 * message shows (what the hazard is, and a detail such as who urged or the new deadline). The text
 * itself is written in each reader's language when it is shown or mailed.
 */
public record Notice(
        Collection<Long> recipients,
        NotificationType type,
        Long hazardId,
        Long campaignId,
        String subject,
        String detail,
        UUID eventKey,
        Long objectId) {

    /** A notice about a hazard. */
    public Notice(Collection<Long> recipients, NotificationType type, Long hazardId, String subject, String detail) {
        this(recipients, type, hazardId, null, subject, detail, null, null);
    }

    /** The notice for one event: sent once per recipient however often the event is delivered. */
    Notice forEvent(UUID key) {
        return new Notice(recipients, type, hazardId, campaignId, subject, detail, key, objectId);
    }

    /** A notice about an object of its own type (an accident): the notification opens it. */
    public static Notice about(
            Collection<Long> recipients, NotificationType type, Long objectId, String subject, String detail) {
        return new Notice(recipients, type, null, null, subject, detail, null, objectId);
    }

    /** A notice about a campaign. */
    public static Notice aboutCampaign(
            Collection<Long> recipients, NotificationType type, Long campaignId, String subject, String detail) {
        return new Notice(recipients, type, null, campaignId, subject, detail, null, null);
    }
}
