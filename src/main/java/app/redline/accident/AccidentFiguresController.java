package app.redline.accident;

import app.redline.organization.Scope;
import app.redline.system.FigureYears;
import app.redline.system.Paging;
import app.redline.system.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What supervisors read of accidents: a year's figures of their scope (drilled into a region) and
 * their export, and who was held to account — all of it, or one unit's.
 */
@Controller
@RequestMapping("/accidents")
@RequiredArgsConstructor
class AccidentFiguresController {

    private final AccidentFigures figures;
    private final Accountability accountability;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/figures")
    String showFigures(
            Scope scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String region,
            Model model) {
        model.addAttribute("figures", figures.of(scope, year(scope, year), within(scope, region)));
        model.addAttribute("years", years());
        model.addAttribute("levels", AccidentLevel.values());
        return "accidents/figures";
    }

    @GetMapping("/figures.xlsx")
    void export(
            Scope scope,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String region,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        AccidentFigures.Figures shown = figures.of(scope, year(scope, year), within(scope, region));
        List<String> headers = new ArrayList<>();
        for (String column :
                List.of("dimension", "name", "accidents", "deaths", "serious", "minor", "loss", "larger", "late")) {
            headers.add(message("accident.figures." + column, locale));
        }
        TableExport.send(
                response,
                TableExport.Format.XLSX,
                "accidents-" + shown.year(),
                new TableExport.Sheet("accidents", headers, row -> {
                    line(row, message("accident.figures.total", locale), "", shown.total());
                    shown.levels()
                            .forEach(l -> line(
                                    row,
                                    message("accident.level", locale),
                                    message("AccidentLevel." + l.key(), locale),
                                    l));
                    shown.types()
                            .forEach(l -> line(
                                    row,
                                    message("accident.type", locale),
                                    message("AccidentType." + l.key(), locale),
                                    l));
                    shown.regions().forEach(l -> line(row, message("accident.region", locale), l.name(locale), l));
                    shown.industries()
                            .forEach(l -> line(row, message("accident.figures.industry", locale), l.name(locale), l));
                    shown.months().forEach(l -> line(row, message("accident.figures.month", locale), l.key(), l));
                }));
    }

    /** Who was held to account over the scope's accidents, newest first; {@code ?unit=} one unit's. */
    @GetMapping("/accountability")
    String showAccountability(
            Scope scope,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var entries = accountability.list(scope, unit, PageRequest.of(Paging.page(page), 50));
        model.addAttribute("entries", entries);
        model.addAttribute("unit", unit);
        // The unit's name as the entries in the scope give it: nothing of a unit outside the scope.
        model.addAttribute(
                "unitName",
                unit == null || entries.isEmpty()
                        ? null
                        : entries.getContent().get(0).unitName());
        return "accidents/accountability";
    }

    private static void line(Consumer<List<?>> row, String dimension, String name, AccidentFigures.Line l) {
        row.accept(List.of(
                dimension,
                name,
                l.accidents(),
                l.deaths(),
                l.seriousInjuries(),
                l.minorInjuries(),
                l.directLoss(),
                l.largerAndAbove(),
                l.late()));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A region to drill into: one the scope manages or lies within, else none. */
    private static String within(Scope scope, String region) {
        if (region == null || !region.matches("\\d{2,9}")) {
            return null;
        }
        return scope.regionCode() == null || region.startsWith(scope.regionCode()) ? region : null;
    }

    private int year(Scope scope, Integer year) {
        if (!AccidentFigures.answers(scope)) {
            throw new AccessDeniedException("The figures of accidents are for supervisors");
        }
        return FigureYears.shown(year, clock);
    }

    private List<Integer> years() {
        return FigureYears.recent(clock);
    }
}
