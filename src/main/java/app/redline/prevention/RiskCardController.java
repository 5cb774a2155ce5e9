package app.redline.prevention;

import app.redline.account.CurrentUser;
import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import app.redline.system.QrCode;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The printable notice card of a risk unit, and the page its QR code opens: the card for anyone
 * (no sign-in: it is what hangs on the site), the unit's page with its tasks for the staff whose
 * scope holds the enterprise.
 */
@Controller
class RiskCardController {

    private final RiskCards cards;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final String baseUrl;

    RiskCardController(
            RiskCards cards,
            CurrentUser currentUser,
            MessageSource messages,
            @Value("${redline.base-url}") String baseUrl) {
        this.cards = cards;
        this.currentUser = currentUser;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/risks/units/{id}/card")
    String print(Scope scope, @PathVariable long id, Model model, java.util.Locale locale) {
        RiskCards.Card card = cards.card(scope, id);
        model.addAttribute("card", card);
        model.addAttribute("measureKinds", MeasureKind.values());
        model.addAttribute(
                "qr",
                QrCode.svg(baseUrl + "/risk-cards/" + card.token(), messages.getMessage("risk.card.qr", null, locale)));
        return "prevention/card";
    }

    @GetMapping("/risk-cards/{token}")
    String open(@AuthenticationPrincipal SignedInUser user, @PathVariable String token, Model model) {
        RiskCards.Card card = parse(token)
                .flatMap(cards::byToken)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (user != null && cards.covers(currentUser.scopeOf(user), card)) {
            return "redirect:/risks/units/" + card.page().unit().getId();
        }
        model.addAttribute("card", card);
        model.addAttribute("measureKinds", MeasureKind.values());
        model.addAttribute("publicView", true);
        return "prevention/card";
    }

    private static Optional<UUID> parse(String token) {
        try {
            return Optional.of(UUID.fromString(token));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
