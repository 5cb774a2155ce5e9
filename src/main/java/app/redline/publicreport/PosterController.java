package app.redline.publicreport;

import app.redline.account.SignedInUser;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.organization.UnitSummary;
import app.redline.system.QrCode;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The reporting posters to print on A4: an enterprise's (for its entrance and workshops: the public
 * QR code, and its employees' code to its own safety managers) and a region's (the public page,
 * searching that region's enterprises), with the channels and the promise of confidentiality and
 * reward.
 */
@Controller
@RequestMapping("/public-reports/posters")
class PosterController {

    private final OrganizationService organization;
    private final MessageSource messages;
    private final String baseUrl;

    PosterController(
            OrganizationService organization, MessageSource messages, @Value("${redline.base-url}") String baseUrl) {
        this.organization = organization;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An enterprise's poster, for whoever sees the enterprise (another scope's is not found). */
    @GetMapping("/enterprise/{id}")
    String enterprise(Scope scope, @PathVariable long id, Locale locale, Model model) {
        EnterpriseRow enterprise = organization.enterprise(scope, id);
        String publicUrl = baseUrl + "/report?enterprise=" + id;
        String staffUrl = publicUrl + "&staff=true";
        model.addAttribute("place", enterprise.name());
        model.addAttribute("publicUrl", publicUrl);
        model.addAttribute("publicQr", QrCode.svg(publicUrl, messages.getMessage("poster.qr.public", null, locale)));
        model.addAttribute("staffQr", QrCode.svg(staffUrl, messages.getMessage("poster.qr.staff", null, locale)));
        model.addAttribute("back", "/enterprises/" + id);
        return "public/poster";
    }

    /** The poster of the user's own region (a government's or a department's people). */
    @GetMapping("/region")
    String region(@AuthenticationPrincipal SignedInUser user, Scope scope, Locale locale, Model model) {
        UnitSummary unit = organization.findUnit(user.unitId()).orElseThrow();
        if (scope.kind() == Scope.Kind.ENTERPRISE || unit.region() == null) {
            throw new AccessDeniedException("A region's poster is for its government's and departments' people");
        }
        String publicUrl = baseUrl + "/report?region=" + unit.region().code();
        model.addAttribute("place", unit.region().name(locale));
        model.addAttribute("publicUrl", publicUrl);
        model.addAttribute("publicQr", QrCode.svg(publicUrl, messages.getMessage("poster.qr.public", null, locale)));
        model.addAttribute("staffQr", null);
        model.addAttribute("back", "/public-reports");
        return "public/poster";
    }
}
