package app.redline.audit;

import java.time.LocalDate;

/** What the audit list is filtered by; every part may be empty. Dates are inclusive. */
public record AuditFilter(String actor, String objectType, String objectId, LocalDate from, LocalDate to) {}
