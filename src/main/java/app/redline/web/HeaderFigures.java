package app.redline.web;

import app.redline.account.SignedInUser;
import app.redline.notification.Notifications;
import app.redline.system.KeptValues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The two figures of every page's header — the user's work and unread notifications — kept a short
 * while per user on an instance ({@code redline.header.recent-for}, 5 s): a user clicking through
 * pages costs them once per interval, not seven queries per page. Whatever the user sends (a post)
 * forgets them, so their own steps show at once; another user's step shows within the interval.
 * Zero computes them on every page (the tests).
 */
@Component("headerFigures")
class HeaderFigures implements HandlerInterceptor {

    private static final int MAX_ENTRIES = 20_000;

    private record Figures(long work, long unread) {}

    private final MyWork myWork;
    private final Notifications notifications;
    private final KeptValues<Long, Figures> kept;

    HeaderFigures(
            MyWork myWork, Notifications notifications, @Value("${redline.header.recent-for:5s}") Duration recentFor) {
        this.myWork = myWork;
        this.notifications = notifications;
        this.kept = new KeptValues<>(recentFor, MAX_ENTRIES);
    }

    public long work(SignedInUser user) {
        return figures(user).work();
    }

    public long unread(SignedInUser user) {
        return figures(user).unread();
    }

    private Figures figures(SignedInUser user) {
        return kept.get(user.id(), () -> new Figures(myWork.count(user), notifications.unreadCount(user.id())));
    }

    /** A user's post may change their figures: the next page counts them again. */
    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!"GET".equals(request.getMethod())) {
            Principal principal = request.getUserPrincipal();
            if (principal instanceof Authentication authentication
                    && authentication.getPrincipal() instanceof SignedInUser user) {
                kept.forget(user.id());
            }
        }
    }
}
