package app.redline.prevention;

import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise's register as the rows of its spreadsheet (see {@link RegisterSheet}): one row per
 * active task, and one for each measure, event or unit with nothing under it. Five queries, however
 * large the register.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class RegisterExport {

    /** The enterprise and its register's rows. */
    record Table(EnterpriseRow enterprise, List<List<String>> rows) {}

    private final OrganizationService organization;
    private final RegisterSheet sheet;
    private final RegisterItems items;

    /** The register of an enterprise of the scope; any other is "not found". */
    Table rows(Scope scope, long enterpriseId, Locale locale) {
        EnterpriseRow enterprise = organization.enterprise(scope, enterpriseId);
        RegisterItems.All all = items.of(enterpriseId);
        Map<Long, String> names = new HashMap<>();
        items.people(enterpriseId).forEach((name, ids) -> ids.forEach(id -> names.put(id, name)));
        Map<Long, RiskObject> objectById = all.objects().stream().collect(Collectors.toMap(RiskObject::getId, o -> o));
        Map<Long, List<RiskEvent>> eventsByUnit =
                all.events().stream().collect(Collectors.groupingBy(RiskEvent::getUnitId));
        Map<Long, List<ControlMeasure>> measuresByEvent =
                all.measures().stream().collect(Collectors.groupingBy(ControlMeasure::getEventId));
        Map<Long, List<InvestigationTask>> tasksByMeasure =
                all.tasks().stream().collect(Collectors.groupingBy(InvestigationTask::getMeasureId));
        List<List<String>> rows = new ArrayList<>();
        List<RiskUnit> ordered = all.units().stream()
                .sorted(java.util.Comparator.comparing(
                                (RiskUnit u) -> objectById.get(u.getObjectId()).getName())
                        .thenComparing(RiskUnit::getName))
                .toList();
        for (RiskUnit unit : ordered) {
            RiskObject object = objectById.get(unit.getObjectId());
            List<RiskEvent> unitEvents = eventsByUnit.getOrDefault(unit.getId(), List.of());
            if (unitEvents.isEmpty()) {
                rows.add(row(locale, object, unit, null, null, null, names));
            }
            for (RiskEvent event : unitEvents) {
                List<ControlMeasure> eventMeasures = measuresByEvent.getOrDefault(event.getId(), List.of());
                if (eventMeasures.isEmpty()) {
                    rows.add(row(locale, object, unit, event, null, null, names));
                }
                for (ControlMeasure measure : eventMeasures) {
                    List<InvestigationTask> measureTasks = tasksByMeasure.getOrDefault(measure.getId(), List.of());
                    if (measureTasks.isEmpty()) {
                        rows.add(row(locale, object, unit, event, measure, null, names));
                    }
                    for (InvestigationTask task : measureTasks) {
                        rows.add(row(locale, object, unit, event, measure, task, names));
                    }
                }
            }
        }
        return new Table(enterprise, rows);
    }

    private List<String> row(
            Locale locale,
            RiskObject object,
            RiskUnit unit,
            RiskEvent event,
            ControlMeasure measure,
            InvestigationTask task,
            Map<Long, String> names) {
        String[] cells = new String[RegisterSheet.COLUMNS.all().size()];
        Arrays.fill(cells, "");
        put(cells, "object", object.getName());
        put(cells, "objectKind", sheet.label(object.getKind(), locale));
        put(cells, "location", object.getLocation());
        put(cells, "unit", unit.getName());
        put(cells, "department", unit.getDepartment());
        put(cells, "responsiblePerson", unit.getResponsiblePerson());
        put(cells, "responsiblePhone", unit.getResponsiblePhone());
        put(cells, "emergencyMeasures", unit.getEmergencyMeasures());
        if (event != null) {
            put(cells, "event", event.getDescription());
            put(cells, "accidentType", event.getAccidentType());
            put(cells, "method", sheet.label(event.getMethod(), locale));
            put(cells, "likelihood", plain(event.getLikelihood()));
            put(cells, "exposure", plain(event.getExposure()));
            put(cells, "severity", plain(event.getSeverity()));
            put(cells, "level", sheet.label(event.getLevel(), locale));
        }
        if (measure != null) {
            put(cells, "measureKind", sheet.label(measure.getKind(), locale));
            put(cells, "measure", measure.getDescription());
        }
        if (task != null) {
            put(cells, "task", task.getContent());
            put(cells, "cycle", sheet.label(task.getCycle(), locale));
            put(cells, "post", task.getPost());
            put(cells, "assignee", task.getAssigneeId() == null ? null : names.get(task.getAssigneeId()));
            put(cells, "responsibleTask", sheet.yesNo(task.isResponsiblePerson(), locale));
        }
        return List.of(cells);
    }

    private static void put(String[] cells, String key, String value) {
        cells[RegisterSheet.at(key)] = value == null ? "" : value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
