package app.redline.audit;

import java.util.List;

/**
 * A change to record: what was done ({@code action}, e.g. UPDATE) to which object, the region the
 * object belongs to (null for installation-wide objects such as industries) and the changed fields.
 */
public record AuditEntry(
        String action,
        String objectType,
        Object objectId,
        String objectLabel,
        String regionCode,
        List<Change> changes) {

    public AuditEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public AuditEntry(
            String action, String objectType, Object objectId, String objectLabel, String regionCode, Changes changes) {
        this(action, objectType, objectId, objectLabel, regionCode, changes.list());
    }
}
