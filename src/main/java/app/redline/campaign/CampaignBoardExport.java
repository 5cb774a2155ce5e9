package app.redline.campaign;

import app.redline.account.SignedInUser;
import app.redline.hazard.HazardDashboard;
import app.redline.organization.Scope;
import app.redline.system.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The board's workbook: progress and hazards by region and by industry (each with the viewer's
 * total first), and every target of the viewer's part with what it has done.
 */
@Component
@RequiredArgsConstructor
class CampaignBoardExport {

    private final CampaignBoard board;
    private final MessageSource messages;

    void send(SignedInUser user, Scope scope, Campaign campaign, Locale locale, HttpServletResponse response)
            throws IOException {
        long id = campaign.getId();
        CampaignBoard.Board summary = board.board(scope, campaign, null, locale);
        List<String> rowHeaders = List.of(
                text("campaign.export.name", locale),
                text("campaign.board.targeted", locale),
                text("campaign.board.selfInspected", locale),
                text("campaign.board.visited", locale),
                text("campaign.board.notStarted", locale),
                text("campaign.board.outstanding", locale),
                text("campaign.hazards.total", locale),
                text("campaign.hazards.majorOpen", locale),
                text("campaign.hazards.closed", locale),
                text("campaign.hazards.overdue", locale));
        List<CampaignBoard.Row> totalRow = List.of(new CampaignBoard.Row(
                summary.top(),
                text("campaign.export.total", locale),
                false,
                summary.total(),
                Map.of(
                        "total", summary.hazards().headline().get("total"),
                        "major", figure(summary.hazards(), "major"),
                        "closed", summary.hazards().headline().get("closed"),
                        "overdue", summary.hazards().headline().get("overdue"))));
        List<CampaignBoard.Row> regions = new ArrayList<>(totalRow);
        regions.addAll(summary.byRegion());
        List<CampaignBoard.Row> industries = new ArrayList<>(totalRow);
        industries.addAll(summary.byIndustry());
        List<String> targetHeaders = List.of(
                text("campaign.export.name", locale),
                text("enterprise.creditCode", locale),
                text("enterprise.region", locale),
                text("campaign.board.selfInspected", locale),
                text("campaign.board.visited", locale),
                text("campaign.targets.inspector", locale),
                text("campaign.board.outstanding", locale));
        String yes = text("campaign.yes", locale);
        String no = text("campaign.no", locale);
        TableExport.sendWorkbook(
                response,
                "campaign-" + id,
                List.of(
                        new TableExport.Sheet(text("campaign.board.byRegion", locale), rowHeaders, rows(regions)),
                        new TableExport.Sheet(text("campaign.board.byIndustry", locale), rowHeaders, rows(industries)),
                        new TableExport.Sheet(
                                text("campaign.targets.title", locale),
                                targetHeaders,
                                TableExport.pages(
                                        pageable -> board.targets(
                                                scope, campaign, null, TargetStatus.ALL, user.id(), pageable),
                                        t -> List.of(
                                                t.enterprise().name(),
                                                t.enterprise().creditCode() == null
                                                        ? ""
                                                        : t.enterprise().creditCode(),
                                                t.enterprise().region().name(locale),
                                                t.selfInspected() ? yes : no,
                                                t.visited() ? yes : no,
                                                t.inspectorName() == null ? "" : t.inspectorName(),
                                                responded(campaign, t) ? no : yes)))));
    }

    private static boolean responded(Campaign campaign, CampaignBoard.TargetRow t) {
        return (!campaign.getMode().asksSelfInspection() || t.selfInspected())
                && (!campaign.getMode().asksVisits() || t.visited());
    }

    private static HazardDashboard.Figure figure(HazardDashboard.Figures figures, String key) {
        return figures.headline().get(key);
    }

    private static TableExport.Producer rows(List<CampaignBoard.Row> rows) {
        return out -> rows.forEach(r -> out.accept(List.of(
                r.name(),
                r.progress().targeted(),
                r.progress().selfInspected(),
                r.progress().visited(),
                r.progress().notStarted(),
                r.progress().outstanding(),
                count(r, "total"),
                count(r, "major"),
                count(r, "closed"),
                count(r, "overdue"))));
    }

    private static long count(CampaignBoard.Row row, String key) {
        HazardDashboard.Figure figure = row.hazards().get(key);
        return figure == null ? 0 : figure.count();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
