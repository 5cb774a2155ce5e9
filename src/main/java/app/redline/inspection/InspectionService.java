package app.redline.inspection;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.hazard.CampaignWindow;
import app.redline.hazard.HazardCategory;
import app.redline.hazard.HazardFinding;
import app.redline.hazard.HazardGrade;
import app.redline.hazard.HazardReports;
import app.redline.hazard.KeptPhoto;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.FormSubmissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records inspections in the user's scope. The inspecting unit's inspectors (or, for a
 * self-inspection, the enterprise's managers) fill the draft; completing it raises a hazard for each
 * failed item, with the item's clause as its legal basis and MAJOR when the item says so.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class InspectionService {

    private final FormSubmissions submissions;
    private final InspectionRepository inspections;
    private final ChecklistTemplateRepository templates;
    private final HazardReports hazards;
    private final OrganizationService organization;
    private final CampaignWindow campaigns;
    private final Clock clock;
    private final InspectionPhotoRepository inspectionPhotos;
    private final JdbcClient jdbc;

    record InspectionRow(Inspection inspection, String enterpriseName) {}

    record InspectionPage(
            Inspection inspection,
            EnterpriseRow enterprise,
            String unitName,
            ChecklistTemplate template,
            List<HazardReports.Raised> hazards,
            boolean editable,
            String campaignTitle,
            Map<Long, List<InspectionPhoto>> photos) {

        /** The photos of one checklist item. */
        public List<InspectionPhoto> photosOf(Long itemId) {
            return photos.getOrDefault(itemId, List.of());
        }
    }

    Page<InspectionRow> list(Scope scope, Long enterpriseId, Pageable pageable) {
        Specification<Inspection> spec = inScope(scope);
        if (enterpriseId != null) {
            spec = spec.and((i, q, cb) -> cb.equal(i.get(Inspection_.enterpriseId), enterpriseId));
        }
        Page<Inspection> page = inspections.findAll(spec, pageable);
        Map<Long, String> names = organization.unitNames(
                page.getContent().stream().map(Inspection::getEnterpriseId).collect(Collectors.toSet()));
        return page.map(i -> new InspectionRow(i, names.get(i.getEnterpriseId())));
    }

    Inspection load(Scope scope, Long id) {
        Specification<Inspection> withId = (i, q, cb) -> cb.equal(i.get(Inspection_.id), id);
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
                        : campaigns.title(inspection.getCampaignId()).orElse(null),
                photos(id));
    }

    List<ChecklistTemplate> templatesFor(Long enterpriseId, Scope scope) {
        EnterpriseRow enterprise = organization.enterprise(scope, enterpriseId);
        List<String> industries =
                enterprise.industries().stream().map(i -> i.code()).toList();
        List<ChecklistTemplate> current = templates.findByCurrentTrueOrderByNameAsc();
        // The enterprise's industries' templates first, then the general ones, then the rest.
        return current.stream()
                .sorted(Comparator.comparingInt(t -> t.getIndustryCodes().isEmpty()
                        ? 1
                        : t.getIndustryCodes().stream().anyMatch(industries::contains) ? 0 : 2))
                .toList();
    }

    /** Whether the user may inspect the enterprise: the same people who may report hazards there. */
    boolean mayInspect(SignedInUser user, Scope scope, Long enterpriseId) {
        return hazards.mayReport(user, scope, enterpriseId);
    }

    /**
     * The running campaigns an inspection of this enterprise by this user may answer: they target it,
     * are in the user's reach, ask for this kind (a visit, or the enterprise's own self-inspection),
     * and have none of this kind begun yet.
     */
    List<CampaignWindow.Running> campaignsFor(SignedInUser user, Scope scope, Long enterpriseId) {
        if (enterpriseId == null) {
            return List.of();
        }
        boolean self = user.unitId().equals(enterpriseId);
        InspectionType kind = self ? InspectionType.SELF_INSPECTION : InspectionType.SPECIAL_CAMPAIGN;
        return campaigns.runningFor(enterpriseId, user.unitId(), scope, LocalDate.now(clock)).stream()
                .filter(c -> self ? c.asksSelfInspection() : c.asksVisits())
                .filter(c -> inspections
                        .findFirstByCampaignIdAndEnterpriseIdAndTypeOrderByIdDesc(c.id(), enterpriseId, kind)
                        .isEmpty())
                .toList();
    }

    @Transactional
    Long create(SignedInUser user, Scope scope, InspectionForm form) {
        submissions.claim();
        if (!mayInspect(user, scope, form.getEnterpriseId())) {
            throw new AccessDeniedException("May not inspect " + form.getEnterpriseId());
        }
        boolean self = user.unitId().equals(form.getEnterpriseId());
        InspectionType type = self ? InspectionType.SELF_INSPECTION : form.getType();
        if (!self && type == InspectionType.SELF_INSPECTION) {
            type = InspectionType.ROUTINE;
        }
        if (form.getCampaignId() != null) {
            // Answering a campaign: its kind, once per enterprise (a second start leads to the first).
            var begun = CampaignInspections.lockAndFind(
                    jdbc, inspections, form.getCampaignId(), form.getEnterpriseId(), self);
            if (begun.isPresent()) {
                return begun.get();
            }
            if (campaignsFor(user, scope, form.getEnterpriseId()).stream()
                    .noneMatch(c -> c.id().equals(form.getCampaignId()))) {
                throw new InspectionRefused("inspection.campaign.notRunning");
            }
            type = self ? InspectionType.SELF_INSPECTION : InspectionType.SPECIAL_CAMPAIGN;
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
        if (form.getCampaignId() != null) {
            inspection.answer(form.getCampaignId());
        }
        return inspection.getId();
    }

    /**
     * Completes a saved draft: every item needs an outcome and every failed item a note saying
     * where (all items at fault are named at once); then each failed item raises a hazard with the
     * item's photos.
     */
    @Transactional
    void complete(SignedInUser user, Scope scope, Long id) {
        Inspection inspection = editable(user, scope, id, null);
        if (inspection.getCampaignId() != null && !campaigns.isOpen(inspection.getCampaignId(), LocalDate.now(clock))) {
            throw new InspectionRefused("inspection.campaign.closed");
        }
        List<ChecklistItem> items = items(inspection);
        Map<Long, Inspection.Result> known = inspection.getResults();
        List<InspectionRefused.ItemProblem> problems = new ArrayList<>();
        for (ChecklistItem item : items) {
            Inspection.Result result = known.get(item.getId());
            if (result == null) {
                problems.add(new InspectionRefused.ItemProblem(item.getId(), "inspection.item.unanswered"));
            } else if (result.outcome() == Inspection.Outcome.FAIL
                    && (result.note() == null || result.note().isBlank())) {
                problems.add(new InspectionRefused.ItemProblem(item.getId(), "inspection.item.failedNote"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InspectionRefused("inspection.incomplete", problems);
        }
        int failed = (int) items.stream()
                .filter(item -> known.get(item.getId()).outcome() == Inspection.Outcome.FAIL)
                .count();
        inspection.complete(Instant.now(clock), failed);
        inspections.saveAndFlush(inspection);
        Map<Long, List<KeptPhoto>> itemPhotos = inspectionPhotos.findByInspectionIdOrderByIdAsc(id).stream()
                .collect(Collectors.groupingBy(
                        InspectionPhoto::getItemId, Collectors.mapping(InspectionPhoto::kept, Collectors.toList())));
        for (ChecklistItem item : items) {
            Inspection.Result result = known.get(item.getId());
            if (result.outcome() != Inspection.Outcome.FAIL) {
                continue;
            }
            hazards.raise(
                    user,
                    scope,
                    new HazardFinding(
                            inspection.getEnterpriseId(),
                            result.location() == null ? "" : result.location(),
                            result.note(),
                            result.category() == null ? HazardCategory.UNSAFE_CONDITION : result.category(),
                            item.isMajorIfFailed() ? HazardGrade.MAJOR : HazardGrade.GENERAL,
                            item.getClause(),
                            item.isMajorIfFailed() ? item.getStandardClauseId() : null),
                    item.getText(),
                    id,
                    inspection.getCampaignId(),
                    itemPhotos.getOrDefault(item.getId(), List.of()));
        }
    }

    /** The draft's photos, by checklist item. */
    Map<Long, List<InspectionPhoto>> photos(Long inspectionId) {
        return inspectionPhotos.findByInspectionIdOrderByIdAsc(inspectionId).stream()
                .collect(Collectors.groupingBy(InspectionPhoto::getItemId));
    }

    /** A draft the user may fill in; with a version, only if nobody changed it since. */
    Inspection editable(SignedInUser user, Scope scope, Long id, Long version) {
        Inspection inspection = load(scope, id);
        if (version != null && inspection.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Inspection.class, id);
        }
        if (!mayEdit(user, inspection)) {
            if (!inspection.isDraft()) {
                throw new InspectionRefused("inspection.completed");
            }
            throw new AccessDeniedException("Not this user's inspection " + id);
        }
        return inspection;
    }

    List<ChecklistItem> items(Inspection inspection) {
        ChecklistTemplate template = inspection.getTemplateId() == null
                ? null
                : templates.findById(inspection.getTemplateId()).orElseThrow();
        return template == null ? List.of() : template.getItems();
    }

    private static boolean mayEdit(SignedInUser user, Inspection inspection) {
        return inspection.isDraft()
                && user.unitId().equals(inspection.getUnitId())
                && (user.hasRole(Role.INSPECTOR) || user.hasRole(Role.ENTERPRISE_MANAGER));
    }

    static Specification<Inspection> inScope(Scope scope) {
        return (i, query, cb) -> scope.coversEnterpriseId(i.get(Inspection_.enterpriseId), query, cb);
    }
}
