package app.redline.prevention;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.EnterpriseRiskLevel;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.system.FieldProblem;
import app.redline.system.FormSubmissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise's risk register: read by everyone whose scope holds the enterprise, kept by the
 * enterprise's own safety managers. Each unit's level is the highest of its events', and the
 * enterprise's risk level the highest of its units'.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class RiskRegister {

    static final String AUDIT_TYPE = "RISK_UNIT";

    /** A risk object with its units. */
    public record ObjectRow(RiskObject object, List<RiskUnit> units) {}

    /** The register of one enterprise: its objects and units, and how many units are at each level. */
    public record Register(EnterpriseRow enterprise, List<ObjectRow> objects, Map<RiskLevel, Long> unitsByLevel) {

        public long units() {
            return objects.stream().mapToLong(o -> o.units().size()).sum();
        }
    }

    /** An event with its measures, each measure with its tasks. */
    public record EventRow(RiskEvent event, List<MeasureRow> measures) {}

    public record MeasureRow(ControlMeasure measure, List<InvestigationTask> tasks) {}

    /** One risk unit's page: the unit, its object and enterprise, its events, measures and tasks. */
    public record UnitPage(EnterpriseRow enterprise, RiskObject object, RiskUnit unit, List<EventRow> events) {}

    private final OrganizationService organization;
    private final EnterpriseRiskLevel riskLevels;
    private final RiskObjectRepository objects;
    private final RiskUnitRepository units;
    private final RiskEventRepository events;
    private final ControlMeasureRepository measures;
    private final InvestigationTaskRepository tasks;
    private final RiskAssessor assessor;
    private final FormSubmissions submissions;
    private final RegisterAudit audit;
    private final InvestigationSchedule schedule;
    private final Clock clock;

    /** The register of an enterprise of the scope; any other is "not found". */
    public Register register(Scope scope, long enterpriseId) {
        EnterpriseRow enterprise = organization.enterprise(scope, enterpriseId);
        Map<Long, List<RiskUnit>> unitsByObject = units.findByEnterpriseIdOrderByName(enterpriseId).stream()
                .collect(Collectors.groupingBy(RiskUnit::getObjectId, LinkedHashMap::new, Collectors.toList()));
        List<ObjectRow> rows = objects.findByEnterpriseIdOrderByName(enterpriseId).stream()
                .map(o -> new ObjectRow(o, unitsByObject.getOrDefault(o.getId(), List.of())))
                .toList();
        Map<RiskLevel, Long> byLevel = new EnumMap<>(RiskLevel.class);
        unitsByObject.values().stream()
                .flatMap(List::stream)
                .map(RiskUnit::getLevel)
                .filter(Objects::nonNull)
                .forEach(level -> byLevel.merge(level, 1L, Long::sum));
        return new Register(enterprise, rows, byLevel);
    }

    /** A risk unit whose enterprise the scope holds; any other is "not found". */
    public UnitPage unit(Scope scope, long unitId) {
        RiskUnit unit = loadUnit(scope, unitId);
        return page(unit, organization.enterprise(scope, unit.getEnterpriseId()));
    }

    /** A unit's page: its events, their measures and the measures' tasks. */
    UnitPage page(RiskUnit unit, EnterpriseRow enterprise) {
        long unitId = unit.getId();
        List<RiskEvent> unitEvents = events.findByUnitIdOrderById(unitId);
        Map<Long, List<InvestigationTask>> tasksByMeasure = tasks.findByUnitIdOrderById(unitId).stream()
                .collect(Collectors.groupingBy(InvestigationTask::getMeasureId));
        Map<Long, List<MeasureRow>> measuresByEvent =
                measures
                        .findByEventIdInOrderById(
                                unitEvents.stream().map(RiskEvent::getId).toList())
                        .stream()
                        .sorted(Comparator.comparing(ControlMeasure::getKind).thenComparing(ControlMeasure::getId))
                        .collect(Collectors.groupingBy(
                                ControlMeasure::getEventId,
                                Collectors.mapping(
                                        m -> new MeasureRow(m, tasksByMeasure.getOrDefault(m.getId(), List.of())),
                                        Collectors.toList())));
        List<EventRow> rows = unitEvents.stream()
                .map(e -> new EventRow(e, measuresByEvent.getOrDefault(e.getId(), List.of())))
                .toList();
        return new UnitPage(enterprise, objects.findById(unit.getObjectId()).orElseThrow(), unit, rows);
    }

    /** Whether the user keeps this enterprise's register: a safety manager of the enterprise itself. */
    public static boolean keeps(SignedInUser user, Scope scope, long enterpriseId) {
        return user.hasRole(Role.ENTERPRISE_MANAGER)
                && scope.isSingleEnterprise()
                && scope.enterpriseId() == enterpriseId;
    }

    @Transactional
    public Long addObject(SignedInUser user, Scope scope, long enterpriseId, ObjectForm form) {
        organization.enterprise(scope, enterpriseId);
        requireKeeper(user, scope, enterpriseId);
        String name = form.getName().strip();
        if (objects.existsByEnterpriseIdAndName(enterpriseId, name)) {
            throw new FieldProblem("name", "risk.object.name.taken");
        }
        submissions.claim();
        RiskObject object = objects.save(new RiskObject(
                enterpriseId, name, form.getKind(), UnitForm.blankToNull(form.getLocation()), Instant.now(clock)));
        audit.created(object);
        return object.getId();
    }

    @Transactional
    public Long addUnit(SignedInUser user, Scope scope, long enterpriseId, UnitForm form) {
        organization.enterprise(scope, enterpriseId);
        requireKeeper(user, scope, enterpriseId);
        RiskObject object = objects.findById(form.getObjectId())
                .filter(o -> o.getEnterpriseId() == enterpriseId)
                .orElseThrow(() -> new FieldProblem("objectId", "risk.unit.object.missing"));
        if (units.existsByObjectIdAndName(object.getId(), form.getName().strip())) {
            throw new FieldProblem("name", "risk.unit.name.taken");
        }
        submissions.claim();
        RiskUnit unit = units.save(new RiskUnit(object, form));
        audit.created(unit);
        return unit.getId();
    }

    @Transactional
    public void addEvent(SignedInUser user, Scope scope, long unitId, EventForm form) {
        RiskUnit unit = loadUnitToKeep(user, scope, unitId);
        Assessment assessment =
                assessor.assess(form.getMethod(), form.getLikelihood(), form.getExposure(), form.getSeverity());
        submissions.claim();
        RiskEvent event = events.save(new RiskEvent(
                unit, form.getDescription().strip(), UnitForm.blankToNull(form.getAccidentType()), assessment));
        audit.created(event);
        relevel(unit);
    }

    @Transactional
    public void addMeasure(SignedInUser user, Scope scope, long unitId, MeasureForm form) {
        RiskUnit unit = loadUnitToKeep(user, scope, unitId);
        RiskEvent event = events.findById(form.getEventId())
                .filter(e -> e.getUnitId().equals(unit.getId()))
                .orElseThrow(() -> new FieldProblem("eventId", "risk.measure.event.missing"));
        submissions.claim();
        ControlMeasure measure = measures.save(
                new ControlMeasure(event, form.getKind(), form.getDescription().strip()));
        audit.created(measure);
    }

    @Transactional
    public void addTask(SignedInUser user, Scope scope, long unitId, TaskForm form, Set<Long> enterpriseUsers) {
        RiskUnit unit = loadUnitToKeep(user, scope, unitId);
        ControlMeasure measure = measures.findById(form.getMeasureId())
                .filter(m -> m.getEnterpriseId().equals(unit.getEnterpriseId()))
                .filter(m -> events.findById(m.getEventId())
                        .map(e -> e.getUnitId().equals(unit.getId()))
                        .orElse(false))
                .orElseThrow(() -> new FieldProblem("measureId", "risk.task.measure.missing"));
        String post = UnitForm.blankToNull(form.getPost());
        Long assignee = form.getAssigneeId();
        if (assignee != null && !enterpriseUsers.contains(assignee)) {
            throw new FieldProblem("assigneeId", "risk.task.assignee.invalid");
        }
        if (post == null && assignee == null) {
            throw new FieldProblem("post", "risk.task.who.missing");
        }
        submissions.claim();
        InvestigationTask task = tasks.save(new InvestigationTask(
                measure,
                unit.getId(),
                form.getContent().strip(),
                form.getCycle(),
                post,
                assignee,
                form.isResponsiblePerson(),
                Instant.now(clock)));
        audit.created(task);
        schedule.countDueNow(List.of(task));
    }

    /** The unit's level from its events, and the enterprise's from its units. */
    void relevel(RiskUnit unit) {
        RiskLevel highest =
                highest(events.findByUnitIdOrderById(unit.getId()).stream().map(RiskEvent::getLevel));
        if (highest != unit.getLevel()) {
            Map<String, Object> before = RegisterAudit.unitFields(unit);
            unit.levelFromEvents(highest);
            units.saveAndFlush(unit);
            audit.unitChanged(unit, before);
        }
        riskLevels.riskLevelFromRegister(
                unit.getEnterpriseId(),
                highest(units.findByEnterpriseIdOrderByName(unit.getEnterpriseId()).stream()
                        .map(RiskUnit::getLevel)));
    }

    /** The highest of some levels (red is the highest), null when there are none. */
    static RiskLevel highest(java.util.stream.Stream<RiskLevel> levels) {
        return levels.filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private RiskUnit loadUnit(Scope scope, long unitId) {
        RiskUnit unit = units.findById(unitId).orElseThrow(() -> new RiskUnitNotFoundException(unitId));
        if (organization.covered(scope, List.of(unit.getEnterpriseId())).isEmpty()) {
            throw new RiskUnitNotFoundException(unitId);
        }
        return unit;
    }

    RiskUnit loadUnitToKeep(SignedInUser user, Scope scope, long unitId) {
        RiskUnit unit = loadUnit(scope, unitId);
        requireKeeper(user, scope, unit.getEnterpriseId());
        return unit;
    }

    static void requireKeeper(SignedInUser user, Scope scope, long enterpriseId) {
        if (!keeps(user, scope, enterpriseId)) {
            throw new AccessDeniedException("Only the enterprise's safety managers keep its risk register");
        }
    }
}
