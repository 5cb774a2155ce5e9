package app.redline.prevention;

import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.system.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Prevention as supervisors read it: the completion of investigation work in a period, by
 * sub-region and industry, and the silent enterprises; the same as a spreadsheet.
 */
@Controller
@RequiredArgsConstructor
class PreventionController {

    /** The longest period the page sums (a year and a day). */
    static final int MAX_DAYS = 366;

    private final PreventionFigures figures;
    private final RiskDistribution distribution;
    private final MissedInvestigations missed;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/prevention")
    String showFigures(
            Scope scope,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "30") int days,
            Locale locale,
            Model model) {
        PreventionFigures.Figures f = figures(scope, region, from, to, days, locale);
        model.addAttribute("figures", f);
        model.addAttribute("risks", distribution.of(scope, f.region()));
        model.addAttribute("missed", missed.newest(scope, f.region(), f.from(), f.to()));
        model.addAttribute("riskLevels", RiskLevel.values());
        return "prevention/figures";
    }

    @GetMapping("/prevention/export.xlsx")
    void export(
            Scope scope,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "30") int days,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        PreventionFigures.Figures f = figures(scope, region, from, to, days, locale);
        RiskDistribution.Distribution risks = distribution.of(scope, f.region());
        List<MissedInvestigations.Missed> missedWindows = missed.newest(scope, f.region(), f.from(), f.to());
        List<String> headers = List.of(
                text("prevention.name", locale),
                text("prevention.due", locale),
                text("prevention.done", locale),
                text("prevention.found", locale),
                text("prevention.missed", locale),
                text("prevention.rate", locale));
        List<PreventionFigures.Row> regions = new ArrayList<>();
        regions.add(new PreventionFigures.Row("", text("prevention.total", locale), f.total()));
        regions.addAll(f.byRegion());
        TableExport.sendWorkbook(
                response,
                "prevention-" + f.from() + "-" + f.to(),
                List.of(
                        new TableExport.Sheet(text("prevention.byRegion", locale), headers, rows(regions)),
                        new TableExport.Sheet(text("prevention.byIndustry", locale), headers, rows(f.byIndustry())),
                        new TableExport.Sheet(
                                text("prevention.silent", locale),
                                List.of(text("prevention.name", locale), text("prevention.lastDone", locale)),
                                row -> f.silent()
                                        .forEach(s -> row.accept(List.of(
                                                s.name(),
                                                s.lastDone() == null
                                                        ? text("prevention.never", locale)
                                                        : s.lastDone())))),
                        new TableExport.Sheet(
                                text("prevention.units", locale),
                                List.of(text("prevention.level", locale), text("prevention.unitCount", locale)),
                                row -> java.util.Arrays.stream(RiskLevel.values())
                                        .forEach(level -> row.accept(List.of(
                                                text("RiskLevel." + level, locale),
                                                risks.unitsByLevel().getOrDefault(level, 0L))))),
                        new TableExport.Sheet(
                                text("prevention.major", locale),
                                List.of(
                                        text("prevention.enterprise", locale),
                                        text("risk.unit.name", locale),
                                        text("risk.unit.responsiblePerson", locale)),
                                row -> risks.major()
                                        .forEach(m ->
                                                row.accept(List.of(m.enterprise(), m.name(), m.responsiblePerson())))),
                        new TableExport.Sheet(
                                text("prevention.missedList", locale),
                                List.of(
                                        text("prevention.enterprise", locale),
                                        text("risk.unit.name", locale),
                                        text("risk.task.content", locale),
                                        text("risk.task.cycle", locale),
                                        text("prevention.windowEnd", locale)),
                                row -> missedWindows.forEach(m -> row.accept(List.of(
                                        m.enterprise(),
                                        m.unit(),
                                        m.task(),
                                        text("TaskCycle." + m.cycle(), locale),
                                        m.windowEnd().atZone(clock.getZone()).toLocalDateTime()))))));
    }

    private PreventionFigures.Figures figures(
            Scope scope, String region, LocalDate from, LocalDate to, int days, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null || to.isAfter(today) ? today.minusDays(1) : to;
        LocalDate start = from == null || from.isAfter(end) ? end.minusDays(29) : from;
        if (start.isBefore(end.minusDays(MAX_DAYS - 1L))) {
            start = end.minusDays(MAX_DAYS - 1L);
        }
        int silentDays = Math.max(1, Math.min(days, MAX_DAYS));
        return figures.figures(scope, region, start, end, silentDays, today, locale);
    }

    private static TableExport.Producer rows(List<PreventionFigures.Row> rows) {
        return row -> rows.forEach(r -> row.accept(List.of(
                r.name(),
                r.tally().due(),
                r.tally().done(),
                r.tally().found(),
                r.tally().missed(),
                r.tally().rate() == null ? "" : r.tally().rate())));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
