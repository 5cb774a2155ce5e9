package app.redline.notification;

import app.redline.account.Recipients;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
                    notice.eventKey()
                });
            }
        }
        jdbcTemplate.batchUpdate(
                "insert into notification (recipient_id, type, hazard_id, campaign_id, subject, detail, created_at,"
                        + " mail_status, mail_next_at, event_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (recipient_id, event_key) where event_key is not null do nothing",
                rows);
        return rows.size();
    }

    public long unreadCount(Long userId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :id and read_at is null")
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
