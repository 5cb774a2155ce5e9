package app.redline.inspection;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.Changes;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.standard.StandardCatalogue;
import app.redline.system.FieldProblem;
import app.redline.system.FormSubmissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist templates are the installation's: every administrator reads them, a global
 * administrator changes them. Changing a version an inspection used makes a new version instead.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class TemplateAdministration {

    static final String AUDIT_TYPE = "TEMPLATE";

    private final ChecklistTemplateRepository templates;
    private final OrganizationService organization;
    private final AuditLog auditLog;
    private final FormSubmissions submissions;
    private final StandardCatalogue standards;

    List<ChecklistTemplate> current() {
        return templates.findWithItemsByCurrentTrueOrderByNameAsc();
    }

    ChecklistTemplate load(Long id) {
        ChecklistTemplate template = templates.findById(id).orElseThrow(() -> new InspectionNotFoundException(id));
        template.getItems().size();
        template.getIndustryCodes().size();
        return template;
    }

    boolean isUsed(ChecklistTemplate template) {
        return templates.isUsed(template.getId());
    }

    @Transactional
    Long create(Scope admin, TemplateForm form) {
        requireGlobal(admin);
        List<ChecklistTemplate.Item> items = checked(form, Set.of());
        submissions.claim();
        ChecklistTemplate template =
                templates.save(new ChecklistTemplate(0L, 1, form.getName(), form.getIndustryCodes(), items));
        template.joinFamily(template.getId());
        templates.saveAndFlush(template);
        audit("CREATE", template, null);
        return template.getId();
    }

    /** Updates a version no inspection has used, or makes the next version; returns the id to show. */
    @Transactional
    Long update(Scope admin, Long id, TemplateForm form) {
        ChecklistTemplate template = loadToChange(admin, id);
        if (template.getVersion() != form.getVersion() || !template.isCurrent()) {
            throw new ObjectOptimisticLockingFailureException(ChecklistTemplate.class, id);
        }
        List<ChecklistTemplate.Item> items = checked(form, clauseIds(template));
        Map<String, Object> before = fields(template);
        if (!templates.isUsed(id)) {
            template.replace(form.getName(), form.getIndustryCodes(), items);
            templates.saveAndFlush(template);
            audit("UPDATE", template, before);
            return id;
        }
        template.supersede();
        templates.saveAndFlush(template);
        ChecklistTemplate next = templates.saveAndFlush(new ChecklistTemplate(
                template.getFamilyId(), template.getVersionNo() + 1, form.getName(), form.getIndustryCodes(), items));
        audit("UPDATE", next, before);
        return next.getId();
    }

    @Transactional
    Long copy(Scope admin, Long id, String copyName) {
        ChecklistTemplate source = loadToChange(admin, id);
        submissions.claim();
        ChecklistTemplate copy =
                templates.save(new ChecklistTemplate(0L, 1, copyName, source.getIndustryCodes(), source.itemValues()));
        copy.joinFamily(copy.getId());
        templates.saveAndFlush(copy);
        audit("CREATE", copy, null);
        return copy.getId();
    }

    /** Loads a demo or first-run template unless one with its name exists. */
    @Transactional
    public void ensure(String name, Set<String> industryCodes, List<ChecklistTemplate.Item> items) {
        if (!templates.existsByName(name)) {
            ChecklistTemplate template = templates.save(new ChecklistTemplate(0L, 1, name, industryCodes, items));
            template.joinFamily(template.getId());
        }
    }

    /** The form's items, checked; a clause of a standard is a current one, or one the template names already. */
    private List<ChecklistTemplate.Item> checked(TemplateForm form, Set<Long> named) {
        List<ChecklistTemplate.Item> items = form.itemValues();
        if (items.isEmpty()) {
            throw new FieldProblem("items", "template.items.required");
        }
        for (ChecklistTemplate.Item item : items) {
            Long clause = item.standardClauseId();
            if (clause != null && !named.contains(clause) && !standards.isCurrent(clause)) {
                throw new FieldProblem("items", "template.item.standardClause.unknown");
            }
        }
        Set<String> known =
                organization.industries().stream().map(i -> i.code()).collect(Collectors.toSet());
        if (!known.containsAll(form.getIndustryCodes())) {
            throw new FieldProblem("industryCodes", "unit.industries.unknown");
        }
        return items;
    }

    /** The clauses of judgement standards a template's items name. */
    static Set<Long> clauseIds(ChecklistTemplate template) {
        return template.itemValues().stream()
                .map(ChecklistTemplate.Item::standardClauseId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private void audit(String action, ChecklistTemplate template, Map<String, Object> before) {
        auditLog.record(new AuditEntry(
                action,
                AUDIT_TYPE,
                template.getId(),
                template.getName(),
                null,
                Changes.between(before, fields(template))));
    }

    private static Map<String, Object> fields(ChecklistTemplate template) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", template.getName());
        fields.put("industries", template.getIndustryCodes());
        fields.put(
                "items",
                template.itemValues().stream()
                        .map(i -> i.text()
                                + (i.majorIfFailed() ? " [!]" : "")
                                + (i.standardClauseId() == null ? "" : " §" + i.standardClauseId()))
                        .toList());
        return fields;
    }

    /** A template a global administrator is about to change or copy (only they may). */
    private ChecklistTemplate loadToChange(Scope admin, Long id) {
        requireGlobal(admin);
        return load(id);
    }

    static void requireGlobal(Scope admin) {
        if (admin.kind() != Scope.Kind.ALL) {
            throw new AccessDeniedException("Only a global administrator changes checklist templates");
        }
    }
}
