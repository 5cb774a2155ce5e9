package app.redline.web;

import app.redline.account.SignedInUser;
import app.redline.notification.Notifications;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    private record Entry(long expiresAt, long work, long unread) {}

    private final MyWork myWork;
    private final Notifications notifications;
    private final long ttlNanos;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    HeaderFigures(
            MyWork myWork, Notifications notifications, @Value("${redline.header.recent-for:5s}") Duration recentFor) {
        this.myWork = myWork;
        this.notifications = notifications;
        this.ttlNanos = recentFor.toNanos();
    }

    public long work(SignedInUser user) {
        return figures(user).work();
    }

    public long unread(SignedInUser user) {
        return figures(user).unread();
    }

    private Entry figures(SignedInUser user) {
        long now = System.nanoTime();
        Entry entry = ttlNanos <= 0 ? null : entries.get(user.id());
        if (entry != null && entry.expiresAt() - now > 0) {
            return entry;
        }
        Entry fresh = new Entry(now + ttlNanos, myWork.count(user), notifications.unreadCount(user.id()));
        if (ttlNanos > 0) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(user.id(), fresh);
        }
        return fresh;
    }

    /** A user's post may change their figures: the next page counts them again. */
    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!"GET".equals(request.getMethod()) && !entries.isEmpty()) {
            Principal principal = request.getUserPrincipal();
            if (principal instanceof Authentication authentication
                    && authentication.getPrincipal() instanceof SignedInUser user) {
                entries.remove(user.id());
            }
        }
    }
}
