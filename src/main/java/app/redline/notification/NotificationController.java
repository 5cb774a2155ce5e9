package app.redline.notification;

import app.redline.account.SignedInUser;
import app.redline.system.Paging;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own notifications: newest first, opened (and so read) one by one or all at once. */
@Controller
@RequestMapping("/notifications")
@RequiredArgsConstructor
class NotificationController {

    static final int PAGE_SIZE = 30;

    private final Notifications notifications;

    @GetMapping
    String showList(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "notifications", notifications.page(user.id(), unread, PageRequest.of(Paging.page(page), PAGE_SIZE)));
        model.addAttribute("unreadOnly", unread);
        return "notifications/list";
    }

    /** Opens a notification: it is marked read and the user goes to its hazard, its campaign or, for a
     * digest, the overdue review. */
    @PostMapping("/{id}/read")
    String markRead(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        Notification notification = notifications.markRead(user.id(), id);
        String path = notification
                .getType()
                .path(notification.getHazardId(), notification.getCampaignId(), notification.getObjectId());
        return "redirect:" + (path == null ? "/notifications" : path);
    }

    @PostMapping("/read-all")
    String markAllRead(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user.id());
        redirect.addFlashAttribute("message", "notification.allRead");
        return "redirect:/notifications";
    }
}
