package app.redline.organization;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.AuditRecord;
import app.redline.audit.Changes;
import app.redline.system.FieldProblem;
import app.redline.system.UniqueViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key-industry catalogue. Every administrator reads it; it is the installation's, so only a
 * global administrator changes it.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class IndustryAdministration {

    static final String AUDIT_TYPE = "INDUSTRY";

    private final IndustryRepository industries;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final ReferenceData reference;

    Industry load(String code) {
        return industries.findById(code == null ? "" : code).orElseThrow(() -> new IndustryNotFoundException(code));
    }

    List<AuditRecord> history(Industry industry) {
        return auditLog.history(AUDIT_TYPE, industry.getCode());
    }

    @Transactional
    String create(Scope admin, IndustryForm form) {
        reference.changed();
        requireGlobal(admin);
        if (industries.existsById(form.getCode())) {
            throw new FieldProblem("code", "industry.code.taken");
        }
        String parent = checkedParent(form.getCode(), form.getParentCode());
        Industry industry =
                new Industry(form.getCode(), parent, form.getNameZh(), form.getNameEn(), form.getSortOrder());
        // Inserted, never merged: the same code created twice at once is refused by the primary key.
        try {
            entityManager.persist(industry);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.is(e)) {
                throw new FieldProblem("code", "industry.code.taken");
            }
            throw e;
        }
        auditLog.record(entry("CREATE", industry, Changes.between(null, industry.auditedFields())));
        return industry.getCode();
    }

    @Transactional
    void update(Scope admin, String code, IndustryForm form) {
        reference.changed();
        requireGlobal(admin);
        Industry industry = load(code);
        if (industry.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Industry.class, code);
        }
        String parent = checkedParent(code, form.getParentCode());
        Map<String, Object> before = industry.auditedFields();
        industry.update(parent, form.getNameZh(), form.getNameEn(), form.getSortOrder());
        Changes changes = Changes.between(before, industry.auditedFields());
        if (!changes.isEmpty()) {
            industries.saveAndFlush(industry);
            auditLog.record(entry("UPDATE", industry, changes));
        }
    }

    /** The parent must exist and must not be the industry itself or one of its sub-sectors. */
    private String checkedParent(String code, String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        String ancestor = parentCode;
        while (ancestor != null) {
            if (ancestor.equals(code)) {
                throw new FieldProblem("parentCode", "industry.parent.cycle");
            }
            ancestor = industries
                    .findById(ancestor)
                    .orElseThrow(() -> new FieldProblem("parentCode", "industry.parent.unknown"))
                    .getParentCode();
        }
        return parentCode;
    }

    static void requireGlobal(Scope admin) {
        if (admin.kind() != Scope.Kind.ALL) {
            throw new AccessDeniedException("Only a global administrator changes the industry catalogue");
        }
    }

    private static AuditEntry entry(String action, Industry industry, Changes changes) {
        return new AuditEntry(action, AUDIT_TYPE, industry.getCode(), industry.getNameZh(), null, changes);
    }
}
