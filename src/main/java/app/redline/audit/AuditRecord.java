package app.redline.audit;

import java.time.Instant;
import java.util.List;

/** A recorded change or security event as the audit pages show it (the address for security events). */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        String action,
        String objectType,
        String objectId,
        String objectLabel,
        String address,
        List<Change> changes) {}
