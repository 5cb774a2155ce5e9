package app.redline.inspection;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.hazard.CampaignWindow;
import app.redline.hazard.Hazard;
import app.redline.hazard.HazardCategory;
import app.redline.hazard.HazardGrade;
import app.redline.hazard.HazardReports;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Records inspections in the user's scope. The inspecting unit's inspectors (or, for a
 * self-inspection, the enterprise's managers) fill the draft; completing it raises a hazard for each
 * failed item, with the item's clause as its legal basis and MAJOR when the item says so.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class InspectionService {

    private final InspectionRepository inspections;
    private final ChecklistTemplateRepository templates;
    private final HazardReports hazards;
    private final OrganizationService organization;
    private final CampaignWindow campaigns;
    private final Clock clock;

    record InspectionRow(Inspection inspection, String enterpriseName) {}

    record InspectionPage(
            Inspection inspection,
            EnterpriseRow enterprise,
            String unitName,
            ChecklistTemplate template,
            List<HazardReports.Raised> hazards,
            boolean editable,
            String campaignTitle) {}

    Page<InspectionRow> list(Scope scope, Long enterpriseId, Pageable pageable) {
        Specification<Inspection> spec = inScope(scope);
        if (enterpriseId != null) {
            spec = spec.and((i, q, cb) -> cb.equal(i.get("enterpriseId"), enterpriseId));
        }
        Page<Inspection> page = inspections.findAll(spec, pageable);
        Map<Long, String> names = organization.unitNames(
                page.getContent().stream().map(Inspection::getEnterpriseId).collect(Collectors.toSet()));
        return page.map(i -> new InspectionRow(i, names.get(i.getEnterpriseId())));
    }

    Inspection load(Scope scope, Long id) {
        Specification<Inspection> withId = (i, q, cb) -> cb.equal(i.get("id"), id);
        return inspections.findOne(inScope(scope).and(withId)).orElseThrow(() -> new InspectionNotFoundException(id));
    }

    InspectionPage page(SignedInUser user, Scope scope, Long id) {
        Inspection inspection = load(scope, id);
        inspection.getResults().size();
        ChecklistTemplate template = inspection.getTemplateId() == null
                ? null
                : templates.findById(inspection.getTemplateId()).orElse(null);
        if (template != null) {
            template.getItems().size();
        }
        return new InspectionPage(
                inspection,
                organization.enterprise(scope, inspection.getEnterpriseId()),
                organization.findUnit(inspection.getUnitId()).map(u -> u.name()).orElse(""),
                template,
                hazards.raisedBy(id),
                mayEdit(user, inspection),
                inspection.getCampaignId() == null
                        ? null
                        : campaigns.title(inspection.getCampaignId()).orElse(null));
    }

    List<ChecklistTemplate> templatesFor(Long enterpriseId, Scope scope) {
        EnterpriseRow enterprise = organization.enterprise(scope, enterpriseId);
        List<String> industries =
                enterprise.industries().stream().map(i -> i.code()).toList();
        List<ChecklistTemplate> current = templates.findByCurrentTrueOrderByNameAsc();
        // The enterprise's industries' templates first, then the general ones, then the rest.
        return current.stream()
                .sorted(java.util.Comparator.comparingInt(
                        t -> t.getIndustryCodes().isEmpty()
                                ? 1
                                : t.getIndustryCodes().stream().anyMatch(industries::contains) ? 0 : 2))
                .toList();
    }

    /** Whether the user may inspect the enterprise: the same people who may report hazards there. */
    boolean mayInspect(SignedInUser user, Scope scope, Long enterpriseId) {
        return hazards.mayReport(user, scope, enterpriseId);
    }

    @Transactional
    Long create(SignedInUser user, Scope scope, InspectionForm form) {
        if (!mayInspect(user, scope, form.getEnterpriseId())) {
            throw new AccessDeniedException("May not inspect " + form.getEnterpriseId());
        }
        boolean self = user.unitId().equals(form.getEnterpriseId());
        InspectionType type = self ? InspectionType.SELF_INSPECTION : form.getType();
        if (!self && type == InspectionType.SELF_INSPECTION) {
            type = InspectionType.ROUTINE;
        }
        Long templateId = form.getTemplateId();
        if (templateId != null
                && templates
                        .findById(templateId)
                        .filter(ChecklistTemplate::isCurrent)
                        .isEmpty()) {
            throw new InspectionRefused("inspection.template.unknown");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getInspectedOn().isAfter(today) || form.getInspectedOn().isBefore(today.minusYears(1))) {
            throw new InspectionRefused("inspection.date.range");
        }
        Inspection inspection = inspections.save(new Inspection(
                form.getEnterpriseId(),
                user.unitId(),
                templateId,
                type,
                form.getInspectedOn(),
                form.getInspectors(),
                form.getPeopleMet(),
                form.getSummary(),
                user.id(),
                Instant.now(clock)));
        return inspection.getId();
    }

    /**
     * Saves a draft's outcomes and, when {@code complete}, completes it: every item needs an
     * outcome and every failed item a note saying where; then each failed item raises a hazard.
     */
    @Transactional
    void save(
            SignedInUser user,
            Scope scope,
            Long id,
            long version,
            Map<Long, Inspection.Result> results,
            String summary,
            boolean complete,
            Map<Long, MultipartFile> photos) {
        Inspection inspection = load(scope, id);
        if (inspection.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Inspection.class, id);
        }
        if (!mayEdit(user, inspection)) {
            if (!inspection.isDraft()) {
                throw new InspectionRefused("inspection.completed");
            }
            throw new AccessDeniedException("Not this user's inspection " + id);
        }
        ChecklistTemplate template = inspection.getTemplateId() == null
                ? null
                : templates.findById(inspection.getTemplateId()).orElseThrow();
        List<ChecklistItem> items = template == null ? List.of() : template.getItems();
        Map<Long, Inspection.Result> known = results.entrySet().stream()
                .filter(e -> items.stream().anyMatch(item -> item.getId().equals(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        inspection.record(known, summary);
        if (!complete) {
            inspections.saveAndFlush(inspection);
            return;
        }
        if (inspection.getCampaignId() != null && !campaigns.isOpen(inspection.getCampaignId(), LocalDate.now(clock))) {
            throw new InspectionRefused("inspection.campaign.closed");
        }
        if (items.stream().anyMatch(item -> known.get(item.getId()) == null)) {
            throw new InspectionRefused("inspection.unanswered");
        }
        if (items.stream()
                .map(item -> known.get(item.getId()))
                .anyMatch(result -> result.outcome() == Inspection.Outcome.FAIL
                        && (result.note() == null || result.note().isBlank()))) {
            throw new InspectionRefused("inspection.failedNote");
        }
        for (ChecklistItem item : items) {
            MultipartFile photo = photos.get(item.getId());
            if (photo != null && known.get(item.getId()).outcome() == Inspection.Outcome.FAIL) {
                hazards.checkPhotos(List.of(photo));
            }
        }
        inspection.complete(Instant.now(clock));
        inspections.saveAndFlush(inspection);
        for (ChecklistItem item : items) {
            Inspection.Result result = known.get(item.getId());
            if (result.outcome() != Inspection.Outcome.FAIL) {
                continue;
            }
            MultipartFile photo = photos.get(item.getId());
            hazards.raise(
                    user,
                    scope,
                    new Hazard.Finding(
                            inspection.getEnterpriseId(),
                            result.note(),
                            item.getText(),
                            HazardCategory.UNSAFE_CONDITION,
                            item.isMajorIfFailed() ? HazardGrade.MAJOR : HazardGrade.GENERAL,
                            item.getClause()),
                    id,
                    inspection.getCampaignId(),
                    photo == null ? List.of() : List.of(photo));
        }
    }

    private static boolean mayEdit(SignedInUser user, Inspection inspection) {
        return inspection.isDraft()
                && user.unitId().equals(inspection.getUnitId())
                && (user.hasRole(Role.INSPECTOR) || user.hasRole(Role.ENTERPRISE_MANAGER));
    }

    private static Specification<Inspection> inScope(Scope scope) {
        return (i, query, cb) -> scope.coversEnterpriseId(i.get("enterpriseId"), query, cb);
    }
}
