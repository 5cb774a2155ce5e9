package app.redline.web;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where everyone lands after signing in: their unit and scope, and the dashboard of their scope's
 * hazards ({@code ?region=} drills down into a sub-region).
 */
@Controller
@RequiredArgsConstructor
class HomeController {

    private final HomePage page;

    @GetMapping("/")
    String showHome(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @RequestParam(required = false) String region,
            Locale locale,
            Model model) {
        page.fill(user, scope, region, locale, model);
        return "home";
    }
}
