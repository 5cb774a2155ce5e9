package app.redline.accident;

import app.redline.account.SignedInUser;
import app.redline.campaign.CampaignService;
import app.redline.organization.Scope;
import app.redline.system.FieldProblem;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accident page's model: the accident, its reports and calls, its campaigns, investigation and
 * accountability, and a form for each step the user may take. A form the request bound (refused,
 * with the user's input and its errors) stays as it is; the others start afresh.
 */
@Component
@RequiredArgsConstructor
class AccidentPageModel {

    private final Accidents accidents;
    private final AccidentCampaigns campaigns;
    private final CampaignService campaignService;
    private final Accountability accountability;

    /**
     * Takes a step whose form passed its checks: done, back to the accident with the message;
     * refused, the page again with the form as the user sent it and the refusal at its field.
     */
    String step(
            SignedInUser user,
            Scope scope,
            long id,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable step) {
        if (!result.hasErrors()) {
            try {
                step.run();
                redirect.addFlashAttribute("message", done);
                return "redirect:/accidents/" + id;
            } catch (FieldProblem refused) {
                AccidentController.reject(result, refused);
            }
        }
        return show(user, scope, id, model);
    }

    String show(SignedInUser user, Scope scope, long id, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Accidents.AccidentPage page = accidents.page(user, scope, id);
        model.addAttribute("page", page);
        model.addAttribute("a", page.accident());
        model.addAttribute("campaigns", campaigns.of(id));
        model.addAttribute("accountabilities", accountability.of(id));
        model.addAttribute(
                "investigationReport", accountability.investigation(id).orElse(null));
        if (accountability.mayDecide(user, scope, page.accident().getEnterpriseId())) {
            model.addAttribute("mayDecide", true);
            model.addAttribute("units", accountability.choices(page.accident()));
            model.addAttribute("measures", Accountability.Measure.values());
            model.addAttribute("natures", Accountability.Nature.values());
            model.addAttribute("kinds", Accountability.SubjectKind.values());
            if (!model.containsAttribute("investigation")) {
                model.addAttribute("investigation", new InvestigationForm());
            }
            if (!model.containsAttribute("accountableForm")) {
                AccountabilityForm form = new AccountabilityForm();
                form.setDecidedOn(accidents.today());
                model.addAttribute("accountableForm", form);
            }
        }
        if (campaignService.mayLaunch(user, scope)) {
            model.addAttribute("launch", campaigns.launchForm(page, locale));
        }
        if (!model.containsAttribute("report")) {
            ReportForm report = new ReportForm();
            report.setKind(page.mayReportUpward() ? AccidentReport.Kind.UPWARD : AccidentReport.Kind.FOLLOW_UP);
            report.setReportedAt(LocalDateTime.now(accidents.zone()).truncatedTo(ChronoUnit.MINUTES));
            report.setDeaths(page.accident().getDeaths());
            report.setSeriousInjuries(page.accident().getSeriousInjuries());
            report.setMinorInjuries(page.accident().getMinorInjuries());
            report.setDirectLoss(page.accident().getDirectLoss());
            report.setVersion(page.accident().getVersion());
            model.addAttribute("report", report);
        }
        return "accidents/detail";
    }
}
