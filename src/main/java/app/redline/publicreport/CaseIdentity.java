package app.redline.publicreport;

import app.redline.account.SignedInUser;
import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.Changes;
import app.redline.organization.Scope;
import java.time.Clock;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporter's identity, shown to the handlers of the case on request, each showing audited. */
@Service
@RequiredArgsConstructor
class CaseIdentity {

    private final CaseHandling cases;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** The reporter's name and phone, for a handler; the read is in the audit trail. */
    @Transactional
    PublicReport.Said identity(SignedInUser user, Scope scope, long id) {
        CaseHandling.CasePage page = cases.page(user, scope, id);
        if (page.access() != CaseHandling.Access.HANDLE) {
            throw new AccessDeniedException("Only the handlers read the reporter's identity");
        }
        PublicReport report = page.report();
        // One record per read: a double click (two requests at once) is one read.
        jdbc.sql("select id from public_report where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
        boolean justRead = jdbc.sql("select count(*) from audit_record where action = 'READ' and object_type = :type"
                                + " and object_id = :id and actor = :actor and at > :since")
                        .param("type", CaseHandling.AUDIT_TYPE)
                        .param("id", String.valueOf(id))
                        .param("actor", user.getUsername())
                        .param(
                                "since",
                                java.sql.Timestamp.from(Instant.now(clock).minusSeconds(10)))
                        .query(Long.class)
                        .single()
                > 0;
        if (!justRead) {
            auditLog.record(new AuditEntry(
                    "READ",
                    CaseHandling.AUDIT_TYPE,
                    id,
                    report.getCaseNumber(),
                    page.enterpriseRegion(),
                    Changes.diff()));
        }
        return new PublicReport.Said(
                report.getEnterpriseId(),
                report.getLocation(),
                report.getDescription(),
                report.getSeenOn(),
                report.isAnonymous(),
                report.getReporterName(),
                report.getReporterPhone(),
                report.isStaff());
    }
}
