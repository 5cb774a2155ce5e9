package app.redline.web;

import app.redline.account.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneId;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs, and form input trimmed before it is bound. */
@ControllerAdvice
@RequiredArgsConstructor
class LayoutAdvice {

    private final Clock clock;

    /** The installation's time zone: times are stored as instants and shown in it. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    /**
     * The context path, for links built by string concatenation in long lists, where {@code @{...}} costs
     * about a millisecond per link.
     */
    @ModelAttribute("base")
    String base(HttpServletRequest request) {
        return request.getContextPath();
    }

    @ModelAttribute("me")
    SignedInUser me(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }

    /**
     * Form text is stripped of leading and trailing white space of any kind, as the imports strip
     * their cells: a full-width space (U+3000) after a pasted value is not part of it. Blank is null.
     */
    @InitBinder
    void stripStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new java.beans.PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String stripped = text == null ? null : text.strip();
                setValue(stripped == null || stripped.isEmpty() ? null : stripped);
            }

            @Override
            public String getAsText() {
                Object value = getValue();
                return value == null ? "" : value.toString();
            }
        });
    }
}
