package app.redline.prevention;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.ImportProblem;
import app.redline.system.ImportReport;
import app.redline.system.TableFile.TableRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an enterprise's register from its spreadsheet (see {@link RegisterSheet}). Items are known
 * by their names under their parents: what the register lacks is added, a unit's details, an
 * event's assessment and a task's cycle and people are updated where the row differs, and nothing is
 * ever removed, so importing the same file twice changes nothing. Every row is checked first; if any
 * has a problem nothing is written. Imports of one enterprise's register run one at a time.
 */
@Service
@RequiredArgsConstructor
class RegisterImport {

    static final int MAX_ROWS = 5001;

    private final OrganizationService organization;
    private final RiskRegister register;
    private final RegisterSheet sheet;
    private final RegisterRows reader;
    private final RegisterItems items;
    private final RiskObjectRepository objects;
    private final RiskUnitRepository units;
    private final RiskEventRepository events;
    private final ControlMeasureRepository measures;
    private final InvestigationTaskRepository tasks;
    private final RegisterAudit audit;
    private final InvestigationSchedule schedule;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Transactional
    public ImportReport run(
            SignedInUser user, Scope scope, long enterpriseId, List<TableRow> table, boolean checkOnly) {
        organization.enterprise(scope, enterpriseId);
        RiskRegister.requireKeeper(user, scope, enterpriseId);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('risk-register'), cast(:id as integer))")
                .param("id", (int) enterpriseId)
                .query()
                .singleValue();
        List<ImportProblem> problems = new ArrayList<>();
        List<RegisterRows.Row> rows = reader.read(table, items.people(enterpriseId), problems);
        if (rows == null || !problems.isEmpty()) {
            return ImportReport.refused(Math.max(0, table.size() - 1), sorted(problems));
        }
        Outcome planned = apply(enterpriseId, rows, false, problems);
        if (!problems.isEmpty()) {
            return ImportReport.refused(table.size() - 1, sorted(problems));
        }
        if (checkOnly) {
            return new ImportReport(
                    table.size() - 1, List.of(), planned.created, planned.updated, planned.unchanged, true);
        }
        Outcome done = apply(enterpriseId, rows, true, problems);
        return new ImportReport(table.size() - 1, List.of(), done.created, done.updated, done.unchanged, false);
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return problems;
    }

    /** How many rows added something, changed something, or neither. */
    private static final class Outcome {
        int created;
        int updated;
        int unchanged;
    }

    /** Stands for an item a dry run would have added. */
    private static final Object PLANNED = new Object();

    /**
     * Goes through the rows against the register as it is: with {@code write}, adds and updates;
     * without, only counts and finds what a new item lacks (a new object's kind, a new unit's
     * responsible person).
     */
    private Outcome apply(long enterpriseId, List<RegisterRows.Row> rows, boolean write, List<ImportProblem> problems) {
        Map<String, Object> known = existing(enterpriseId);
        Set<RiskUnit> relevel = new LinkedHashSet<>();
        List<InvestigationTask> added = new ArrayList<>();
        Outcome outcome = new Outcome();
        Instant now = Instant.now(clock);
        for (RegisterRows.Row row : rows) {
            boolean created = false;
            boolean updated = false;
            String objectKey = row.object();
            Object object = known.get(objectKey);
            if (object == null) {
                if (row.objectKind() == null) {
                    problems.add(new ImportProblem(row.number(), "objectKind", "import.register.objectKind.missing"));
                    continue;
                }
                object = write
                        ? save(objects.save(
                                new RiskObject(enterpriseId, row.object(), row.objectKind(), row.location(), now)))
                        : PLANNED;
                known.put(objectKey, object);
                created = true;
            }
            String unitKey = objectKey + '\0' + row.unit();
            Object unit = known.get(unitKey);
            if (unit == null) {
                if (row.responsiblePerson() == null) {
                    problems.add(new ImportProblem(
                            row.number(), "responsiblePerson", "import.register.responsiblePerson.missing"));
                    continue;
                }
                unit = write ? save(units.save(new RiskUnit((RiskObject) object, row.unitForm()))) : PLANNED;
                known.put(unitKey, unit);
                created = true;
            } else if (unit instanceof RiskUnit existing
                    && existing.differs(
                            row.department(),
                            row.responsiblePerson(),
                            row.responsiblePhone(),
                            row.emergencyMeasures())) {
                updated = true;
                if (write) {
                    Map<String, Object> before = RegisterAudit.unitFields(existing);
                    existing.details(
                            row.department(), row.responsiblePerson(), row.responsiblePhone(), row.emergencyMeasures());
                    audit.record(
                            "UPDATE",
                            RiskRegister.AUDIT_TYPE,
                            existing.getId(),
                            existing.getName(),
                            enterpriseId,
                            before,
                            RegisterAudit.unitFields(existing));
                }
            }
            if (row.event() != null) {
                String eventKey = unitKey + '\0' + row.event();
                Object event = known.get(eventKey);
                if (event == null) {
                    event = write
                            ? save(events.save(
                                    new RiskEvent((RiskUnit) unit, row.event(), row.accidentType(), row.assessment())))
                            : PLANNED;
                    known.put(eventKey, event);
                    created = true;
                } else if (event instanceof RiskEvent existing && existing.differs(row.assessment())) {
                    updated = true;
                    if (write) {
                        Map<String, Object> before = RegisterAudit.eventFields(existing);
                        existing.assessed(row.assessment());
                        audit.record(
                                "UPDATE",
                                "RISK_EVENT",
                                existing.getId(),
                                existing.getDescription(),
                                enterpriseId,
                                before,
                                RegisterAudit.eventFields(existing));
                    }
                }
                if (write && unit instanceof RiskUnit u) {
                    relevel.add(u);
                }
                if (row.measure() != null) {
                    String measureKey = eventKey + '\0' + row.measure();
                    Object measure = known.get(measureKey);
                    if (measure == null) {
                        measure = write
                                ? save(measures.save(
                                        new ControlMeasure((RiskEvent) event, row.measureKind(), row.measure())))
                                : PLANNED;
                        known.put(measureKey, measure);
                        created = true;
                    }
                    if (row.task() != null) {
                        String taskKey = measureKey + '\0' + row.task();
                        Object task = known.get(taskKey);
                        if (task == null) {
                            task = write
                                    ? save(tasks.save(new InvestigationTask(
                                            (ControlMeasure) measure,
                                            ((RiskUnit) unit).getId(),
                                            row.task(),
                                            row.cycle(),
                                            row.post(),
                                            row.assigneeId(),
                                            row.responsibleTask(),
                                            now)))
                                    : PLANNED;
                            known.put(taskKey, task);
                            if (task instanceof InvestigationTask t) {
                                added.add(t);
                            }
                            created = true;
                        } else if (task instanceof InvestigationTask existing
                                && existing.differs(row.cycle(), row.post(), row.assigneeId(), row.responsibleTask())) {
                            updated = true;
                            if (write) {
                                Map<String, Object> before = RegisterAudit.taskFields(existing);
                                existing.reassigned(row.cycle(), row.post(), row.assigneeId(), row.responsibleTask());
                                audit.record(
                                        "UPDATE",
                                        "INVESTIGATION_TASK",
                                        existing.getId(),
                                        existing.getContent(),
                                        enterpriseId,
                                        before,
                                        RegisterAudit.taskFields(existing));
                            }
                        }
                    }
                }
            }
            if (created) {
                outcome.created++;
            } else if (updated) {
                outcome.updated++;
            } else {
                outcome.unchanged++;
            }
        }
        relevel.forEach(register::relevel);
        schedule.countDueNow(added);
        return outcome;
    }

    /** Remembers an added item in the audit trail under the enterprise; returns it. */
    private Object save(Object item) {
        audit.created(item);
        return item;
    }

    /** The enterprise's register by the keys the rows use: names under their parents' names. */
    private Map<String, Object> existing(long enterpriseId) {
        Map<String, Object> known = new HashMap<>();
        Map<Long, String> objectKeys = new HashMap<>();
        RegisterItems.All all = items.of(enterpriseId);
        for (RiskObject o : all.objects()) {
            objectKeys.put(o.getId(), o.getName());
            known.put(o.getName(), o);
        }
        Map<Long, String> unitKeys = new HashMap<>();
        for (RiskUnit u : all.units()) {
            String key = objectKeys.get(u.getObjectId()) + '\0' + u.getName();
            unitKeys.put(u.getId(), key);
            known.put(key, u);
        }
        Map<Long, String> eventKeys = new HashMap<>();
        for (RiskEvent e : all.events()) {
            String key = unitKeys.get(e.getUnitId()) + '\0' + e.getDescription();
            eventKeys.put(e.getId(), key);
            known.putIfAbsent(key, e);
        }
        Map<Long, String> measureKeys = new HashMap<>();
        for (ControlMeasure m : all.measures()) {
            String key = eventKeys.get(m.getEventId()) + '\0' + m.getDescription();
            measureKeys.put(m.getId(), key);
            known.putIfAbsent(key, m);
        }
        for (InvestigationTask t : all.tasks()) {
            known.putIfAbsent(measureKeys.get(t.getMeasureId()) + '\0' + t.getContent(), t);
        }
        return known;
    }
}
