package app.redline.reporting;

import app.redline.hazard.HazardFigures;
import app.redline.system.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A statistics table as .xlsx: the figures as the printed table lists them (item, number), how it was
 * signed and its content hash; its major hazards on a second sheet. A signed table exports what was
 * signed, whatever its hazards became since.
 */
@Component
@RequiredArgsConstructor
class StatisticsExport {

    /** The figures' labels, in the order of {@link HazardFigures.Figures#inOrder()}. */
    static final List<String> FIGURES = List.of(
            "statistics.foundGeneral",
            "statistics.foundMajor",
            "statistics.selfFound",
            "statistics.departmentFound",
            "statistics.rectifiedGeneral",
            "statistics.rectifiedMajor",
            "statistics.rectifiedOfFound",
            "statistics.openGeneral",
            "statistics.openMajor",
            "statistics.overdue",
            "statistics.listed");

    private final MessageSource messages;
    private final Clock clock;

    void table(StatisticsReports.Table table, Locale locale, HttpServletResponse response) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(text("statistics.enterprise", locale), table.enterpriseName()));
        rows.add(List.of(text("statistics.period", locale), label(table.period(), locale)));
        List<Integer> values = table.figures().inOrder();
        for (int i = 0; i < FIGURES.size(); i++) {
            rows.add(List.of(text(FIGURES.get(i), locale), values.get(i)));
        }
        Integer rate = table.figures().rectificationRate();
        rows.add(List.of(text("statistics.rate", locale), rate == null ? "—" : rate + "%"));
        StatisticsReports.Signed signed = table.signed();
        if (signed == null) {
            rows.add(List.of(text("statistics.status", locale), text("statistics.unsigned", locale)));
        } else {
            rows.add(List.of(text("statistics.funds", locale), signed.funds() == null ? "" : signed.funds()));
            rows.add(List.of(text("statistics.remarks", locale), signed.remarks() == null ? "" : signed.remarks()));
            rows.add(List.of(text("statistics.signedBy", locale), signed.signedBy()));
            rows.add(List.of(
                    text("statistics.signedAt", locale),
                    signed.signedAt().atZone(clock.getZone()).toLocalDateTime()));
            rows.add(List.of(text("statistics.hash", locale), signed.hash()));
        }
        List<String> majorHeaders = List.of(
                text("statistics.major.hazard", locale),
                text("statistics.major.description", locale),
                text("statistics.major.reportedOn", locale),
                text("statistics.major.state", locale),
                text("statistics.major.listed", locale),
                text("statistics.major.closedOn", locale));
        TableExport.sendWorkbook(
                response,
                "statistics-" + table.period().code(),
                List.of(
                        new TableExport.Sheet(
                                text("statistics.sheet", locale),
                                List.of(text("statistics.item", locale), text("statistics.value", locale)),
                                row -> rows.forEach(row::accept),
                                List.of(40, 70)),
                        new TableExport.Sheet(
                                text("statistics.major.sheet", locale),
                                majorHeaders,
                                row -> table.majors()
                                        .forEach(m -> row.accept(List.of(
                                                m.hazardId(),
                                                m.description(),
                                                m.reportedOn(),
                                                text("HazardState." + m.state(), locale),
                                                m.listed() ? text("statistics.yes", locale) : "",
                                                m.closedOn() == null ? "" : m.closedOn()))))));
    }

    String label(ReportPeriod period, Locale locale) {
        return period.annual()
                ? messages.getMessage("statistics.year", new Object[] {String.valueOf(period.year())}, locale)
                : messages.getMessage(
                        "statistics.quarter", new Object[] {String.valueOf(period.year()), period.quarter()}, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
