package app.redline.audit;

import java.time.Instant;
import java.util.List;

/** A recorded change as the audit pages show it. */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        String action,
        String objectType,
        String objectId,
        String objectLabel,
        List<Change> changes) {}
