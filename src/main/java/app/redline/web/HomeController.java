package app.redline.web;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where everyone lands after signing in: their unit, their region and what their scope holds. */
@Controller
@RequiredArgsConstructor
class HomeController {

    private final OrganizationService organization;

    @GetMapping("/")
    String showHome(@AuthenticationPrincipal SignedInUser user, Scope scope, Model model) {
        model.addAttribute("unit", organization.findUnit(user.unitId()).orElse(null));
        model.addAttribute("scope", scope);
        model.addAttribute("overview", organization.overview(scope));
        model.addAttribute("riskLevels", RiskLevel.values());
        if (scope.isSingleEnterprise()) {
            model.addAttribute("enterprise", organization.enterprise(scope, scope.enterpriseId()));
        }
        return "home";
    }
}
