package app.redline.notification;

import app.redline.account.Recipients;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued mail of notifications, outside the transactions that wrote them, so a slow or
 * failing mail server never holds up or undoes the work that caused a notification. A failed mail
 * is logged and tried again later, waiting longer each time, and given up after {@link
 * #MAX_ATTEMPTS}. Rows are claimed with {@code for update skip locked}, so two instances never send
 * the same mail.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class NotificationMailer {

    static final int MAX_ATTEMPTS = 8;
    static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Recipients recipients;
    private final MailSettings mail;
    private final MessageSource messages;
    private final Clock clock;

    private record Pending(
            long id,
            long recipientId,
            String type,
            Long hazardId,
            Long campaignId,
            Long objectId,
            String subject,
            String detail,
            int attempts) {}

    @Scheduled(
            fixedDelayString = "${redline.mail.poll-interval:30s}",
            initialDelayString = "${redline.mail.poll-interval:30s}")
    void sendQueued() {
        if (mail.enabled()) {
            while (sendBatch() == BATCH) {
                // keep going while full batches come back
            }
        }
    }

    /** Sends one batch of due mail; returns how many were due. */
    int sendBatch() {
        Integer handled = transactions.execute(status -> {
            Instant now = Instant.now(clock);
            List<Pending> due = jdbc.sql(
                            "select id, recipient_id, type, hazard_id, campaign_id, object_id, subject, detail, mail_attempts"
                                    + " from notification where mail_status = 'PENDING' and mail_next_at <= :now"
                                    + " order by mail_next_at, id limit :batch for update skip locked")
                    .param("now", Timestamp.from(now))
                    .param("batch", BATCH)
                    .query((rs, n) -> new Pending(
                            rs.getLong("id"),
                            rs.getLong("recipient_id"),
                            rs.getString("type"),
                            (Long) rs.getObject("hazard_id"),
                            (Long) rs.getObject("campaign_id"),
                            (Long) rs.getObject("object_id"),
                            rs.getString("subject"),
                            rs.getString("detail"),
                            rs.getInt("mail_attempts")))
                    .list();
            Map<Long, Recipients.Contact> contacts =
                    recipients.contacts(due.stream().map(Pending::recipientId).toList());
            for (Pending pending : due) {
                deliver(pending, contacts.get(pending.recipientId()), now);
            }
            return due.size();
        });
        return handled == null ? 0 : handled;
    }

    private void deliver(Pending pending, Recipients.Contact contact, Instant now) {
        if (contact == null || contact.email() == null || contact.email().isBlank()) {
            mark(pending.id(), "FAILED", pending.attempts(), null);
            return;
        }
        try {
            mail.sender().send(message(pending, contact));
            mark(pending.id(), "SENT", pending.attempts() + 1, null);
        } catch (MailException e) {
            int attempts = pending.attempts() + 1;
            boolean giveUp = attempts >= MAX_ATTEMPTS;
            log.warn(
                    "Mail of notification {} to user {} failed (attempt {}{}): {}",
                    pending.id(),
                    pending.recipientId(),
                    attempts,
                    giveUp ? ", giving up" : "",
                    e.getMessage());
            Duration wait = Duration.ofMinutes(Math.min(1L << Math.min(attempts, 9), 360));
            mark(pending.id(), giveUp ? "FAILED" : "PENDING", attempts, giveUp ? null : now.plus(wait));
        }
    }

    private SimpleMailMessage message(Pending pending, Recipients.Contact contact) {
        String text = messages.getMessage(
                "notification." + pending.type(),
                new Object[] {
                    pending.subject(),
                    pending.detail() == null ? "" : DocumentDates.of(pending.detail(), contact.locale())
                },
                contact.locale());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mail.getFrom());
        message.setTo(contact.email());
        message.setSubject(messages.getMessage("mail.subject", new Object[] {text}, contact.locale()));
        StringBuilder body = new StringBuilder(text).append("\n\n");
        String path = NotificationType.valueOf(pending.type())
                .path(pending.hazardId(), pending.campaignId(), pending.objectId());
        if (path != null) {
            body.append(messages.getMessage("mail.open", null, contact.locale()))
                    .append(' ')
                    .append(mail.getBaseUrl())
                    .append(path)
                    .append("\n\n");
        }
        body.append(messages.getMessage("mail.footer", null, contact.locale()));
        message.setText(body.toString());
        return message;
    }

    private void mark(long id, String status, int attempts, Instant next) {
        jdbc.sql("update notification set mail_status = :status, mail_attempts = :attempts, mail_next_at = :next"
                        + " where id = :id")
                .param("status", status)
                .param("attempts", attempts)
                .param("next", next == null ? null : Timestamp.from(next))
                .param("id", id)
                .update();
    }
}
