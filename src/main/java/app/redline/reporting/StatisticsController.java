package app.redline.reporting;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionCode;
import app.redline.organization.Scope;
import app.redline.organization.UnitType;
import app.redline.system.Paging;
import app.redline.system.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The statistics tables: an enterprise's own periods, one table (printable, as .xlsx, signed by
 * the principal), and the supervisors' view of who submitted (counts, list, export, urging).
 */
@Controller
@RequestMapping("/reports")
@RequiredArgsConstructor
class StatisticsController {

    static final int PAGE = 50;

    private final StatisticsReports reports;
    private final Submissions submissions;
    private final OrganizationService organization;
    private final StatisticsExport export;
    private final RegionalReports regional;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/statistics")
    String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!isEnterprise(user)) {
            return "redirect:/reports/submissions";
        }
        model.addAttribute("periods", reports.periodsOf(user.unitId()));
        model.addAttribute("enterpriseId", user.unitId());
        model.addAttribute("today", LocalDate.now(clock));
        return "reports/periods";
    }

    @GetMapping("/statistics/{enterpriseId}/{period}")
    String table(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long enterpriseId,
            @PathVariable String period,
            Model model) {
        ReportPeriod p = period(period);
        if (!model.containsAttribute("sign")) {
            model.addAttribute("sign", new SignForm());
        }
        return show(user, scope, enterpriseId, p, model);
    }

    @PostMapping("/statistics/{enterpriseId}/{period}")
    String sign(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long enterpriseId,
            @PathVariable String period,
            @Valid @ModelAttribute("sign") SignForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ReportPeriod p = period(period);
        reports.requireSigner(user, scope, enterpriseId);
        if (!result.hasErrors()) {
            try {
                reports.sign(user, scope, enterpriseId, p, form);
                redirect.addFlashAttribute("message", "statistics.signed");
                return "redirect:/reports/statistics/" + enterpriseId + "/" + p.code();
            } catch (StatisticsRefused refused) {
                model.addAttribute("problem", refused.code());
            }
        }
        return show(user, scope, enterpriseId, p, model);
    }

    @GetMapping("/statistics/{enterpriseId}/{period}/table.xlsx")
    void exportTable(
            Scope scope,
            @PathVariable long enterpriseId,
            @PathVariable String period,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        export.table(reports.table(scope, enterpriseId, period(period)), locale, response);
    }

    @PostMapping("/statistics/{enterpriseId}/{period}/urge")
    String urge(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long enterpriseId,
            @PathVariable String period,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        ReportPeriod p = period(period);
        try {
            submissions.urge(user, scope, enterpriseId, p);
            redirect.addFlashAttribute("message", "statistics.urged");
        } catch (StatisticsRefused refused) {
            redirect.addFlashAttribute("problem", refused.code());
        }
        return "redirect:/reports/submissions?period=" + p.code();
    }

    @GetMapping("/submissions")
    String submissions(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String industry,
            @RequestParam(defaultValue = "ALL") Submissions.Show show,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (isEnterprise(user)) {
            return "redirect:/reports/statistics";
        }
        List<ReportPeriod> periods = ReportPeriod.recent(LocalDate.now(clock), 4);
        ReportPeriod p = period == null || period.isBlank() ? periods.get(0) : period(period);
        String regionCode = region(scope, region);
        model.addAttribute("periods", periods);
        model.addAttribute("period", p);
        model.addAttribute("deadline", submissions.deadline(p));
        model.addAttribute("region", regionCode);
        model.addAttribute("industry", industry);
        model.addAttribute("show", show);
        Submissions.Counts counts = submissions.counts(scope, p, regionCode, industry);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "rows",
                submissions.list(
                        scope, p, regionCode, industry, show, counts, PageRequest.of(Paging.page(page), PAGE)));
        model.addAttribute("mayUrge", submissions.mayUrge(user));
        model.addAttribute("regionalRollup", regional.regionOf(user, scope).isPresent());
        model.addAttribute("regions", organization.regionChoices(scope));
        model.addAttribute("industries", organization.industryTree());
        return "reports/submissions";
    }

    @GetMapping("/submissions/export.xlsx")
    void exportSubmissions(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @RequestParam String period,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String industry,
            @RequestParam(defaultValue = "ALL") Submissions.Show show,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ReportPeriod p = period(period);
        String regionCode = region(scope, region);
        Submissions.Counts counts = submissions.counts(scope, p, regionCode, industry);
        List<String> headers = new ArrayList<>();
        for (String key :
                List.of("statistics.enterprise", "statistics.status", "statistics.signedAt", "statistics.lastUrged")) {
            headers.add(messages.getMessage(key, null, locale));
        }
        TableExport.send(
                response,
                TableExport.Format.XLSX,
                "statistics-" + p.code(),
                p.code(),
                headers,
                TableExport.pages(
                        pageable -> submissions.list(scope, p, regionCode, industry, show, counts, pageable),
                        row -> List.of(
                                row.name(),
                                messages.getMessage("SubmissionStatus." + row.status(), null, locale),
                                row.signedAt() == null
                                        ? ""
                                        : row.signedAt().atZone(clock.getZone()).toLocalDateTime(),
                                row.lastUrged() == null ? "" : row.lastUrged())));
    }

    /**
     * A region's quarterly roll-up: the user's own (a government's) or, for the government above, a
     * sub-region's; with the sub-regions' submissions and the open major hazards by year found.
     */
    @GetMapping("/regional")
    String regional(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String period,
            Locale locale,
            Model model) {
        List<ReportPeriod> quarters = ReportPeriod.recent(LocalDate.now(clock), 4).stream()
                .filter(p -> !p.annual())
                .toList();
        ReportPeriod p = period == null || period.isBlank() ? quarters.get(0) : period(period);
        if (p.annual()) {
            throw new ReportNotFoundException(period);
        }
        String own = regional.regionOf(user, scope).orElse(null);
        String shown = region == null || region.isBlank() ? own : region;
        if (shown == null) {
            throw new AccessDeniedException("A regional roll-up is a government's");
        }
        model.addAttribute("rollup", regional.rollup(scope, shown, p));
        model.addAttribute("children", regional.children(scope, shown, p));
        model.addAttribute("zero", regional.openMajorsByYear(scope, shown));
        model.addAttribute("periods", quarters);
        model.addAttribute("period", p);
        model.addAttribute("own", shown.equals(own));
        model.addAttribute(
                "maySubmit", shown.equals(own) && regional.maySubmit(user) && p.endedBy(LocalDate.now(clock)));
        model.addAttribute("names", names(shown, locale));
        return "reports/regional";
    }

    @PostMapping("/regional/{period}")
    String submitRegional(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable String period,
            RedirectAttributes redirect) {
        ReportPeriod p = period(period);
        try {
            regional.submit(user, scope, p);
            redirect.addFlashAttribute("message", "regional.submitted");
        } catch (StatisticsRefused refused) {
            redirect.addFlashAttribute("problem", refused.code());
        }
        return "redirect:/reports/regional?period=" + p.code();
    }

    /** The names of a region's sub-regions and of the industries, by code, in the user's language. */
    private Map<String, String> names(String region, Locale locale) {
        Map<String, String> names = new HashMap<>();
        organization.regionsManagedBy(Scope.region(region)).forEach(r -> names.put(r.code(), r.name(locale)));
        organization.industries().forEach(i -> names.put(i.code(), i.name(locale)));
        return names;
    }

    private String show(SignedInUser user, Scope scope, long enterpriseId, ReportPeriod period, Model model) {
        StatisticsReports.Table table = reports.table(scope, enterpriseId, period);
        model.addAttribute("table", table);
        model.addAttribute("figureLabels", StatisticsExport.FIGURES);
        model.addAttribute("maySign", StatisticsReports.maySign(user, enterpriseId));
        model.addAttribute("ended", period.endedBy(LocalDate.now(clock)));
        return "reports/table";
    }

    /** A region of the scope the user asked for, or null (the whole scope). */
    private static String region(Scope scope, String requested) {
        if (requested == null || !RegionCode.isValid(requested) || scope.isSingleEnterprise()) {
            return null;
        }
        return scope.kind() == Scope.Kind.ALL
                        || RegionCode.of(scope.regionCode()).contains(requested)
                ? requested
                : null;
    }

    private boolean isEnterprise(SignedInUser user) {
        return organization.unitType(user.unitId()).orElse(UnitType.OPERATOR) == UnitType.ENTERPRISE;
    }

    private static ReportPeriod period(String code) {
        return ReportPeriod.parse(code).orElseThrow(() -> new ReportNotFoundException(code));
    }
}
