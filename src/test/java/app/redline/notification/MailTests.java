package app.redline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.OrganizationService;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With SMTP configured, notifications are also mailed in the recipient's language after the
 * transaction; a mail server that is down leaves the notification in place and the mail is retried.
 */
@RedlineTest
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "redline.mail.poll-interval=1h",
            "redline.base-url=https://redline.example.gov.cn/"
        })
class MailTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationMailer mailer;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    Long user(String username, String email, String language) {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        Long id = accounts.ensureUser(
                username, "邮件收件人", fixture.chemicalsInTown, Set.of(Role.ENTERPRISE_MANAGER), "Password2026");
        jdbc.sql("update app_user set email = :email, language = :language where id = :id")
                .param("email", email)
                .param("language", language)
                .param("id", id)
                .update();
        return id;
    }

    void send(Long recipient, String subject) {
        transactions.executeWithoutResult(status -> notifications.send(
                List.of(new Notice(List.of(recipient), NotificationType.URGED, null, subject, "测试东区人民政府"))));
    }

    String status(String subject) {
        return jdbc.sql("select mail_status from notification where subject = :s")
                .param("s", subject)
                .query(String.class)
                .single();
    }

    @Test
    void notificationsAreMailedInTheRecipientsLanguage() throws Exception {
        Long english = user("t-mail-en", "safety.en@example.com", "en");
        Long chinese = user("t-mail-zh", "safety.zh@example.com", "zh_CN");
        String subject = "#1 测试化工厂: 储罐区 " + System.nanoTime();
        send(english, subject);
        send(chinese, subject + " zh");

        while (mailer.sendBatch() > 0) {
            // drain
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received)
                .extracting(MimeMessage::getSubject)
                .contains("[Redline] Urged by 测试东区人民政府: " + subject, "【Redline】测试东区人民政府催办：" + subject + " zh");
        assertThat(status(subject)).isEqualTo("SENT");
        assertThat(status(subject + " zh")).isEqualTo("SENT");
    }

    @Test
    void aFailingMailServerIsRetriedLaterAndNeverLosesTheNotification() throws Exception {
        Long recipient = user("t-mail-retry", "retry@example.com", "en");
        String subject = "#2 重试 " + System.nanoTime();
        smtp.stop();
        try {
            send(recipient, subject);
            assertThat(jdbc.sql("select count(*) from notification where subject = :s")
                            .param("s", subject)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            mailer.sendBatch();
            assertThat(status(subject)).isEqualTo("PENDING");
            assertThat(jdbc.sql("select mail_attempts from notification where subject = :s")
                            .param("s", subject)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            smtp.start();
        }
        jdbc.sql("update notification set mail_next_at = now() - interval '1 minute' where subject = :s")
                .param("s", subject)
                .update();
        while (mailer.sendBatch() > 0) {
            // drain
        }
        assertThat(status(subject)).isEqualTo("SENT");
        assertThat(smtp.getReceivedMessages())
                .extracting(MimeMessage::getSubject)
                .anyMatch(s -> s.contains(subject));
    }
}
