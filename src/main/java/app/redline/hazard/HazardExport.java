package app.redline.hazard;

import app.redline.organization.Scope;
import app.redline.system.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Exports the ledger or the overdue list, scoped and filtered, in the user's language. */
@Component
@RequiredArgsConstructor
class HazardExport {

    private final HazardService hazards;
    private final MessageSource messages;

    void send(Scope scope, HazardFilter filter, String format, String name, Locale locale, HttpServletResponse response)
            throws IOException {
        TableExport.Format type = switch (format) {
            case "xlsx" -> TableExport.Format.XLSX;
            case "csv" -> TableExport.Format.CSV;
            default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        };
        List<String> headers = Stream.of(
                        "export.hazard.id",
                        "hazard.enterprise",
                        "hazard.location",
                        "hazard.description",
                        "hazard.category",
                        "hazard.grade",
                        "hazard.state",
                        "hazard.reportedOn",
                        "hazard.deadline",
                        "export.hazard.daysOverdue",
                        "hazard.plan.responsiblePerson",
                        "hazard.legalBasis",
                        "hazard.escalation",
                        "export.hazard.listed")
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
        TableExport.send(
                response,
                type,
                name,
                messages.getMessage("hazard.ledger.title", null, locale),
                headers,
                row -> hazards.export(scope, filter, r -> {
                    Hazard h = r.hazard();
                    row.accept(Arrays.asList(
                            h.getId(),
                            r.enterpriseName(),
                            h.getLocation(),
                            h.getDescription(),
                            messages.getMessage("HazardCategory." + h.getCategory(), null, locale),
                            messages.getMessage("HazardGrade." + h.getGrade(), null, locale),
                            messages.getMessage("HazardState." + h.getState(), null, locale),
                            h.getReportedOn().toString(),
                            h.getDeadline() == null ? null : h.getDeadline().toString(),
                            r.daysOverdue() == null || r.daysOverdue() <= 0 ? null : r.daysOverdue(),
                            h.getResponsiblePerson(),
                            h.getLegalBasis(),
                            h.escalationLevel() == 0
                                    ? null
                                    : messages.getMessage("escalation.level." + h.escalationLevel(), null, locale),
                            h.isListed() ? h.getListingDeadline().toString() : null));
                }));
    }
}
