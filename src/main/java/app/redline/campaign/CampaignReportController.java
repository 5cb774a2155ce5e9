package app.redline.campaign;

import app.redline.account.SignedInUser;
import app.redline.hazard.HazardReports;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A campaign's reports for those who follow its board: the printable summary (for the meeting and
 * the file) and the board's workbook.
 */
@Controller
@RequestMapping("/campaigns")
@RequiredArgsConstructor
class CampaignReportController {

    static final int SUMMARY_LIMIT = 500;

    private final CampaignService campaigns;
    private final CampaignBoard board;
    private final CampaignBoardExport boardExport;
    private final CampaignFacts facts;
    private final OrganizationService organization;
    private final HazardReports hazards;
    private final Clock clock;

    @GetMapping("/{id}/summary")
    String showSummary(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            Locale locale,
            Model model) {
        Campaign campaign = campaigns.followed(user, scope, id);
        facts.addTo(campaign, locale, model);
        CampaignBoard.Board summary = board.board(scope, campaign, null, locale);
        model.addAttribute("board", summary);
        model.addAttribute(
                "scopeName", organization.regionName(summary.top(), locale).orElse(summary.top()));
        List<HazardReports.MajorHazard> major = hazards.majorOfCampaign(scope, id, SUMMARY_LIMIT);
        List<CampaignBoard.Outstanding> outstanding = board.outstanding(scope, campaign, null, SUMMARY_LIMIT);
        Set<Long> ids =
                major.stream().map(HazardReports.MajorHazard::enterpriseId).collect(Collectors.toSet());
        outstanding.forEach(o -> ids.add(o.enterpriseId()));
        model.addAttribute("major", major);
        model.addAttribute("outstanding", outstanding);
        model.addAttribute("enterprises", organization.enterpriseRows(ids));
        model.addAttribute("summaryLimit", SUMMARY_LIMIT);
        model.addAttribute("printedOn", LocalDate.now(clock));
        return "campaigns/summary";
    }

    @GetMapping("/{id}/board.xlsx")
    void exportBoard(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Campaign campaign = campaigns.followed(user, scope, id);
        boardExport.send(user, scope, campaign, locale, response);
    }
}
