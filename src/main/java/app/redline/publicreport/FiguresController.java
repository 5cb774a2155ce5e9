package app.redline.publicreport;

import app.redline.organization.Scope;
import app.redline.system.FigureYears;
import app.redline.system.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The figures of public reports for supervisors: a year's reports about their scope's enterprises by
 * outcome, region, industry and channel, with the time to verify and the rewards; and their export.
 */
@Controller
@RequestMapping("/public-reports")
@RequiredArgsConstructor
class FiguresController {

    private final PublicReportFigures figures;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/figures")
    String showFigures(Scope scope, @RequestParam(required = false) Integer year, Model model) {
        int shown = year(scope, year);
        model.addAttribute("figures", figures.of(scope, shown));
        model.addAttribute("years", years());
        return "public-reports/figures";
    }

    @GetMapping("/figures.xlsx")
    void export(Scope scope, @RequestParam(required = false) Integer year, Locale locale, HttpServletResponse response)
            throws IOException {
        PublicReportFigures.Figures shown = figures.of(scope, year(scope, year));
        List<String> headers = new ArrayList<>();
        for (String column : List.of(
                "dimension", "name", "received", "open", "overdue", "raised", "dismissed", "days", "late", "rewards")) {
            headers.add(messages.getMessage("publicReport.figures." + column, null, locale));
        }
        TableExport.send(
                response,
                TableExport.Format.XLSX,
                "public-reports-" + shown.year(),
                new TableExport.Sheet("public-reports", headers, row -> {
                    line(row, message("publicReport.figures.total", locale), "", shown.total());
                    shown.regions()
                            .forEach(l ->
                                    line(row, message("publicReport.figures.byRegion", locale), l.name(locale), l));
                    shown.industries()
                            .forEach(l ->
                                    line(row, message("publicReport.figures.byIndustry", locale), l.name(locale), l));
                    shown.channels()
                            .forEach(l -> line(
                                    row,
                                    message("publicReport.figures.byChannel", locale),
                                    message("publicReport.channel." + l.key(), locale),
                                    l));
                }));
    }

    private static void line(
            java.util.function.Consumer<List<?>> row, String dimension, String name, PublicReportFigures.Line l) {
        row.accept(List.of(
                dimension,
                name,
                l.received(),
                l.open(),
                l.overdue(),
                l.raised(),
                l.dismissed(),
                l.daysToVerify() == null ? "" : l.daysToVerify(),
                l.decidedLate(),
                l.rewards()));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private int year(Scope scope, Integer year) {
        if (!PublicReportFigures.answers(scope)) {
            throw new AccessDeniedException("The figures of public reports are for supervisors");
        }
        return FigureYears.shown(year, clock);
    }

    private List<Integer> years() {
        return FigureYears.recent(clock);
    }
}
