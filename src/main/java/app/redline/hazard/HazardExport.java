package app.redline.hazard;

import app.redline.organization.Scope;
import app.redline.system.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Exports the ledger or the overdue list, scoped and filtered, in the user's language. */
@Component
@RequiredArgsConstructor
class HazardExport {

    private final HazardLedger hazards;
    private final MessageSource messages;

    void send(Scope scope, HazardFilter filter, String format, String name, Locale locale, HttpServletResponse response)
            throws IOException {
        TableExport.Format type = switch (format) {
            case "xlsx" -> TableExport.Format.XLSX;
            case "csv" -> TableExport.Format.CSV;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        // Every field a ledger (隐患台账) keeps, with widths in characters.
        List<Map.Entry<String, Integer>> columns = List.of(
                Map.entry("export.hazard.id", 8),
                Map.entry("hazard.enterprise", 28),
                Map.entry("export.hazard.region", 14),
                Map.entry("export.hazard.industry", 16),
                Map.entry("hazard.location", 20),
                Map.entry("hazard.description", 40),
                Map.entry("hazard.checklistItem", 30),
                Map.entry("hazard.category", 14),
                Map.entry("hazard.grade", 10),
                Map.entry("hazard.state", 10),
                Map.entry("hazard.foundBy", 22),
                Map.entry("hazard.reportedOn", 12),
                Map.entry("hazard.plan.measures", 40),
                Map.entry("hazard.plan.funds", 14),
                Map.entry("export.hazard.responsibleUnit", 28),
                Map.entry("hazard.plan.responsiblePerson", 12),
                Map.entry("hazard.deadline", 12),
                Map.entry("export.hazard.daysOverdue", 10),
                Map.entry("export.hazard.closedOn", 12),
                Map.entry("export.hazard.acceptedBy", 12),
                Map.entry("export.hazard.acceptance", 30),
                Map.entry("hazard.legalBasis", 30),
                Map.entry("hazard.escalation", 16),
                Map.entry("export.hazard.listed", 12));
        List<String> headers = columns.stream()
                .map(c -> messages.getMessage(c.getKey(), null, locale))
                .toList();
        TableExport.send(
                response,
                type,
                name,
                new TableExport.Sheet(
                        messages.getMessage("hazard.ledger.title", null, locale),
                        headers,
                        row -> hazards.export(scope, filter, r -> row.accept(cells(r, locale))),
                        columns.stream().map(Map.Entry::getValue).toList()));
    }

    private List<Object> cells(HazardLedger.ExportRow r, Locale locale) {
        Hazard h = r.hazard();
        var enterprise = r.enterprise();
        return Arrays.asList(
                h.getId(),
                enterprise == null ? null : enterprise.name(),
                enterprise == null || enterprise.region() == null
                        ? null
                        : enterprise.region().name(locale),
                enterprise == null
                        ? null
                        : enterprise.industries().stream()
                                .map(i -> i.name(locale))
                                .collect(Collectors.joining("、")),
                h.getLocation(),
                h.getDescription(),
                h.getChecklistItem(),
                messages.getMessage("HazardCategory." + h.getCategory(), null, locale),
                messages.getMessage("HazardGrade." + h.getGrade(), null, locale),
                messages.getMessage("HazardState." + h.getState(), null, locale),
                r.foundBy(),
                h.getReportedOn(),
                h.getMeasures(),
                h.getFunds(),
                enterprise == null ? null : enterprise.name(),
                h.getResponsiblePerson(),
                h.getDeadline(),
                r.daysOverdue() == null || r.daysOverdue() <= 0 ? null : r.daysOverdue(),
                h.getClosedOn(),
                r.acceptance() == null ? null : r.acceptance().getActorName(),
                r.acceptance() == null ? null : r.acceptance().getComment(),
                h.getLegalBasis(),
                h.escalationLevel() == 0
                        ? null
                        : messages.getMessage("escalation.level." + h.escalationLevel(), null, locale),
                h.isListed() ? h.getListingDeadline() : null);
    }
}
