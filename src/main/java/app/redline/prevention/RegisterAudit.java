package app.redline.prevention;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.Changes;
import app.redline.organization.OrganizationService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The register's changes in the audit trail, under the enterprise's region. */
@Component
@RequiredArgsConstructor
class RegisterAudit {

    private final OrganizationService organization;
    private final AuditLog auditLog;

    static Map<String, Object> objectFields(RiskObject object) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", object.getName());
        fields.put("kind", object.getKind().name());
        fields.put("location", object.getLocation());
        return fields;
    }

    static Map<String, Object> unitFields(RiskUnit unit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", unit.getName());
        fields.put("department", unit.getDepartment());
        fields.put("responsiblePerson", unit.getResponsiblePerson());
        fields.put("responsiblePhone", unit.getResponsiblePhone());
        fields.put("level", unit.getLevel() == null ? null : unit.getLevel().name());
        return fields;
    }

    static Map<String, Object> eventFields(RiskEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", event.getMethod().name());
        fields.put("score", event.getScore().toPlainString());
        fields.put("level", event.getLevel().name());
        return fields;
    }

    static Map<String, Object> taskFields(InvestigationTask task) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("cycle", task.getCycle().name());
        fields.put("post", task.getPost());
        fields.put("assigneeId", task.getAssigneeId());
        fields.put("responsiblePerson", task.isResponsiblePerson());
        return fields;
    }

    /** A unit's change (its details or level), from its fields before. */
    void unitChanged(RiskUnit unit, Map<String, Object> before) {
        record(
                "UPDATE",
                RiskRegister.AUDIT_TYPE,
                unit.getId(),
                unit.getName(),
                unit.getEnterpriseId(),
                before,
                unitFields(unit));
    }

    /** An item added to the register (by the import), in its enterprise's history. */
    void created(Object item) {
        if (item instanceof RiskObject o) {
            record("CREATE", "RISK_OBJECT", o.getId(), o.getName(), o.getEnterpriseId(), Map.of(), objectFields(o));
        } else if (item instanceof RiskUnit u) {
            record(
                    "CREATE",
                    RiskRegister.AUDIT_TYPE,
                    u.getId(),
                    u.getName(),
                    u.getEnterpriseId(),
                    Map.of(),
                    unitFields(u));
        } else if (item instanceof RiskEvent e) {
            record(
                    "CREATE",
                    "RISK_EVENT",
                    e.getId(),
                    e.getDescription(),
                    e.getEnterpriseId(),
                    Map.of(),
                    eventFields(e));
        } else if (item instanceof ControlMeasure m) {
            record(
                    "CREATE",
                    "CONTROL_MEASURE",
                    m.getId(),
                    m.getDescription(),
                    m.getEnterpriseId(),
                    Map.of(),
                    Map.of("kind", m.getKind().name()));
        } else if (item instanceof InvestigationTask t) {
            record(
                    "CREATE",
                    "INVESTIGATION_TASK",
                    t.getId(),
                    t.getContent(),
                    t.getEnterpriseId(),
                    Map.of(),
                    taskFields(t));
        }
    }

    void record(
            String action,
            String type,
            Long id,
            String label,
            long enterpriseId,
            Map<String, Object> before,
            Map<String, Object> after) {
        String region = organization.regionCodesOf(Set.of(enterpriseId)).getOrDefault(enterpriseId, null);
        auditLog.record(new AuditEntry(
                action, type, id, label, region, Changes.between(before.isEmpty() ? null : before, after)));
    }
}
