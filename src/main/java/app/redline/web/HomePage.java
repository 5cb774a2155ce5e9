package app.redline.web;

import app.redline.accident.AccidentFigures;
import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.campaign.CampaignService;
import app.redline.hazard.HazardDashboard;
import app.redline.hazard.HazardReports;
import app.redline.inspection.EnterpriseNotices;
import app.redline.organization.OrganizationService;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.prevention.PreventionFigures;
import app.redline.publicreport.PublicReportWork;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * The home page's model: the user's work, unit and scope, and the dashboard of the scope, read in
 * one read-only transaction (each part on its own was a transaction of its own, and read the unit
 * and its region again).
 */
@Component
@RequiredArgsConstructor
class HomePage {

    private final OrganizationService organization;
    private final HazardDashboard dashboard;
    private final CampaignService campaigns;
    private final MyWork myWork;
    private final HazardReports hazardReports;
    private final EnterpriseNotices enterpriseNotices;
    private final PreventionFigures prevention;
    private final PublicReportWork publicReports;
    private final AccidentFigures accidents;
    private final Clock clock;

    @Transactional(readOnly = true)
    void fill(SignedInUser user, Scope scope, String region, Locale locale, Model model) {
        List<CampaignService.Visits> visits = myWork.visits(user);
        List<CampaignService.Asked> asked = myWork.asked(scope);
        model.addAttribute("work", myWork.of(user, scope, visits, asked));
        model.addAttribute("dashboard", dashboard.figures(scope, region, locale));
        model.addAttribute("unit", organization.findUnit(user.unitId()).orElse(null));
        model.addAttribute("scope", scope);
        model.addAttribute("overview", organization.overview(scope));
        model.addAttribute("prevention", prevention.recent(scope, LocalDate.now(clock)));
        model.addAttribute("publicReports", publicReports.thisYear(scope));
        model.addAttribute("accidents", accidents.thisYear(scope));
        model.addAttribute("riskLevels", RiskLevel.values());
        if (user.hasRole(Role.INSPECTOR)) {
            model.addAttribute("visits", visits);
        }
        if (scope.isSingleEnterprise()) {
            // An enterprise's own home: its hazards by state, what is due next, its notices and campaign tasks.
            model.addAttribute("enterprise", organization.enterprise(scope, scope.enterpriseId()));
            model.addAttribute("asked", asked);
            model.addAttribute("dueNext", hazardReports.dueNext(scope.enterpriseId(), 5));
            model.addAttribute("notices", enterpriseNotices.of(scope.enterpriseId(), 5));
        }
    }
}
