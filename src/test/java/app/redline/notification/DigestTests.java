package app.redline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.redline.RedlineTest;
import app.redline.ScopeFixture;
import app.redline.TestAdmins;
import app.redline.account.AccountService;
import app.redline.account.Role;
import app.redline.organization.OrganizationSeeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A supervisor's escalations arrive as one notification a day that counts up (a batch delivered
 * twice counts once), which opens the overdue review; the unread count stops at a hundred.
 */
@RedlineTest
class DigestTests {

    @Autowired
    Notifications notifications;

    @Autowired
    OrganizationSeeds organizationSeeds;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDayOfEscalationsIsOneNotificationThatCountsUp() {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        String username = "t-digest-" + UUID.randomUUID().toString().substring(0, 8);
        Long supervisor = accounts.ensureUser(
                username, "汇总督办员", fixture.countyGovernment, Set.of(Role.SUPERVISOR), TestAdmins.PASSWORD);

        UUID first = UUID.randomUUID();
        notifications.digest(NotificationType.ESCALATED_DIGEST, Map.of(supervisor, 3), first);
        notifications.digest(NotificationType.ESCALATED_DIGEST, Map.of(supervisor, 3), first); // delivered again
        assertThat(digests(supervisor)).containsExactly(3);
        assertThat(notifications.unreadCount(supervisor)).isEqualTo(1);

        var opened = mvc.post()
                .uri("/notifications/{id}/read", id(supervisor))
                .with(user(userDetails.loadUserByUsername(username)))
                .with(csrf());
        assertThat(opened).hasRedirectedUrl("/overdue");
        assertThat(notifications.unreadCount(supervisor)).isZero();

        notifications.digest(NotificationType.ESCALATED_DIGEST, Map.of(supervisor, 2), UUID.randomUUID());
        assertThat(digests(supervisor)).containsExactly(5);
        assertThat(notifications.unreadCount(supervisor))
                .as("unread again when it counts up")
                .isEqualTo(1);
        assertThat(mvc.get()
                        .uri("/notifications")
                        .header("Accept-Language", "en")
                        .with(user(userDetails.loadUserByUsername(username))))
                .hasStatusOk()
                .bodyText()
                .contains("Today 5 overdue hazards were escalated to your government");
    }

    @Test
    void theUnreadCountStopsAtAHundred() {
        ScopeFixture fixture = new ScopeFixture(organizationSeeds);
        String username = "t-unread-" + UUID.randomUUID().toString().substring(0, 8);
        Long user = accounts.ensureUser(
                username, "未读很多", fixture.countyGovernment, Set.of(Role.SUPERVISOR), TestAdmins.PASSWORD);
        List<Notice> notices = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            notices.add(new Notice(Set.of(user), NotificationType.URGED, null, "催办 " + i, null));
        }
        notifications.send(notices);
        assertThat(notifications.unreadCount(user)).isEqualTo(Notifications.UNREAD_CAP);
        assertThat(mvc.get().uri("/notifications").with(user(userDetails.loadUserByUsername(username))))
                .hasStatusOk()
                .bodyText()
                .contains("99+");
    }

    List<Integer> digests(Long recipient) {
        return jdbc.sql("select hazards from notification where recipient_id = :r and digest_on is not null")
                .param("r", recipient)
                .query(Integer.class)
                .list();
    }

    Long id(Long recipient) {
        return jdbc.sql("select id from notification where recipient_id = :r and digest_on is not null")
                .param("r", recipient)
                .query(Long.class)
                .single();
    }
}
