package app.redline.notification;

import app.redline.account.Recipients;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications in the caller's transaction (so a step and its notifications land or fail
 * together) and reads a user's own. When mail is configured, each notification to a user with an
 * address is also queued for {@link NotificationMailer}, which sends it after the commit.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Notifications {

    static final int SUBJECT_LENGTH = 300;

    /** The unread count stops here. */
    static final int UNREAD_CAP = 100;

    private final NotificationRepository notifications;
    private final Recipients recipients;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final MailSettings mail;
    private final Clock clock;

    /** Sends each notice to each of its recipients (once per recipient), with batched statements. */
    @Transactional
    public int send(List<Notice> notices) {
        Set<Long> everyone = new LinkedHashSet<>();
        notices.forEach(n -> everyone.addAll(n.recipients()));
        if (everyone.isEmpty()) {
            return 0;
        }
        Map<Long, Recipients.Contact> contacts = mail.enabled() ? recipients.contacts(everyone) : Map.of();
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>();
        for (Notice notice : notices) {
            for (Long recipient : new LinkedHashSet<>(notice.recipients())) {
                Recipients.Contact contact = contacts.get(recipient);
                boolean mailed = contact != null
                        && contact.email() != null
                        && !contact.email().isBlank();
                rows.add(new Object[] {
                    recipient,
                    notice.type().name(),
                    notice.hazardId(),
                    notice.campaignId(),
                    cut(notice.subject()),
                    cut(notice.detail()),
                    now,
                    mailed ? "PENDING" : null,
                    mailed ? now : null,
                    notice.eventKey(),
                    notice.objectId()
                });
            }
        }
        jdbcTemplate.batchUpdate(
                "insert into notification (recipient_id, type, hazard_id, campaign_id, subject, detail, created_at,"
                        + " mail_status, mail_next_at, event_key, object_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (recipient_id, event_key) where event_key is not null do nothing",
                rows);
        return rows.size();
    }

    /**
     * Counts hazards into each recipient's digest of the day of this type: one notification per
     * recipient, type and day whose count goes up with each escalation batch (a batch counted once,
     * however often it is delivered) and which is unread again when it does. Mailed when it is new.
     */
    @Transactional
    public void digest(NotificationType type, Map<Long, Integer> hazardsByRecipient, UUID batch) {
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(Instant.now(clock));
        Map<Long, Recipients.Contact> contacts =
                mail.enabled() ? recipients.contacts(hazardsByRecipient.keySet()) : Map.of();
        hazardsByRecipient.forEach((recipient, hazards) -> {
            int counted = jdbc.sql("insert into notification_digest_batch (event_key, recipient_id)"
                            + " values (:batch, :recipient) on conflict do nothing")
                    .param("batch", batch)
                    .param("recipient", recipient)
                    .update();
            if (counted == 0) {
                return;
            }
            Recipients.Contact contact = contacts.get(recipient);
            boolean mailed = contact != null
                    && contact.email() != null
                    && !contact.email().isBlank();
            jdbc.sql("insert into notification (recipient_id, type, subject, detail, created_at, mail_status,"
                            + " mail_next_at, digest_on, hazards)"
                            + " values (:recipient, :type, '', :detail, :now, :mail, :mailAt, :day, :hazards)"
                            + " on conflict (recipient_id, type, digest_on) where digest_on is not null do update"
                            + " set hazards = notification.hazards + excluded.hazards,"
                            + " detail = (notification.hazards + excluded.hazards)::text, read_at = null")
                    .param("recipient", recipient)
                    .param("type", type.name())
                    .param("detail", Integer.toString(hazards))
                    .param("now", now)
                    .param("mail", mailed ? "PENDING" : null)
                    .param("mailAt", mailed ? now : null)
                    .param("day", today)
                    .param("hazards", hazards)
                    .update();
        });
    }

    /**
     * How many unread notifications a user has, up to {@link #UNREAD_CAP} (the bell shows "99+"
     * beyond): it costs the same whether there are ten or a million.
     */
    public long unreadCount(Long userId) {
        return jdbc.sql("select count(*) from (select 1 from notification where recipient_id = :id and read_at is null"
                        + " limit " + UNREAD_CAP + ") unread")
                .param("id", userId)
                .query(Long.class)
                .single();
    }

    Page<Notification> page(Long userId, boolean unreadOnly, Pageable pageable) {
        return unreadOnly
                ? notifications.findByRecipientIdAndReadAtIsNullOrderByIdDesc(userId, pageable)
                : notifications.findByRecipientIdOrderByIdDesc(userId, pageable);
    }

    /** Marks one of the user's notifications read and returns it; another user's is not found. */
    @Transactional
    Notification markRead(Long userId, Long id) {
        Notification notification = notifications
                .findByIdAndRecipientId(id, userId)
                .orElseThrow(() -> new NotificationNotFoundException(id));
        jdbc.sql("update notification set read_at = :now where id = :id and read_at is null")
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .update();
        return notification;
    }

    @Transactional
    int markAllRead(Long userId) {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :id and read_at is null")
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("id", userId)
                .update();
    }

    private static String cut(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= SUBJECT_LENGTH ? text : text.substring(0, SUBJECT_LENGTH - 1) + "…";
    }
}
