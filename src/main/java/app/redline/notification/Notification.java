package app.redline.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A notification as its recipient's list shows it. Written with batched SQL by {@link Notifications}. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Notification {

    @Id
    private Long id;

    private Long recipientId;

    @Enumerated(EnumType.STRING)
    private NotificationType type;

    private Long hazardId;

    private Long campaignId;

    private Long objectId;

    private String subject;

    private String detail;

    private Instant createdAt;

    private Instant readAt;

    public boolean isUnread() {
        return readAt == null;
    }
}
