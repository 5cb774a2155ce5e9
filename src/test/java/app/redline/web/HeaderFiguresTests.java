package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.redline.account.SignedInUser;
import app.redline.notification.Notifications;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The header's figures are counted once per interval per user, and again after the user's own post. */
class HeaderFiguresTests {

    MyWork work = mock(MyWork.class);
    Notifications notifications = mock(Notifications.class);
    SignedInUser user = mock(SignedInUser.class);
    SignedInUser other = mock(SignedInUser.class);

    @BeforeEach
    void users() {
        when(user.id()).thenReturn(7L);
        when(other.id()).thenReturn(8L);
        when(work.count(user)).thenReturn(3L, 2L);
        when(work.count(other)).thenReturn(5L);
        when(notifications.unreadCount(7L)).thenReturn(1L, 0L);
    }

    @Test
    void countedOncePerIntervalAndAgainAfterTheUsersOwnPost() {
        HeaderFigures figures = new HeaderFigures(work, notifications, Duration.ofMinutes(1));
        assertThat(figures.work(user)).isEqualTo(3);
        assertThat(figures.unread(user)).isEqualTo(1);
        assertThat(figures.work(user)).isEqualTo(3);
        assertThat(figures.work(other)).isEqualTo(5);
        verify(work, times(1)).count(user);
        verify(notifications, times(1)).unreadCount(7L);

        // Reading a page forgets nothing; another user's post forgets only theirs.
        figures.afterCompletion(request("GET", user), new MockHttpServletResponse(), null, null);
        figures.afterCompletion(request("POST", other), new MockHttpServletResponse(), null, null);
        assertThat(figures.work(user)).isEqualTo(3);
        verify(work, times(1)).count(user);

        // The user's own post: the next page counts again.
        figures.afterCompletion(request("POST", user), new MockHttpServletResponse(), null, null);
        assertThat(figures.work(user)).isEqualTo(2);
        assertThat(figures.unread(user)).isZero();
        verify(work, times(2)).count(user);
    }

    @Test
    void zeroCountsOnEveryPage() {
        HeaderFigures figures = new HeaderFigures(work, notifications, Duration.ZERO);
        figures.work(user);
        figures.work(user);
        verify(work, times(2)).count(user);
    }

    static MockHttpServletRequest request(String method, SignedInUser who) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/x");
        request.setUserPrincipal(new UsernamePasswordAuthenticationToken(who, null));
        return request;
    }
}
