package app.redline.inspection;

import app.redline.hazard.HazardCategory;
import app.redline.system.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * An inspection at one enterprise. A draft collects the checklist's outcomes; completing it fixes
 * them for good (a completed inspection is read-only) and raises a hazard for each failed item.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Inspection extends BaseEntity {

    public enum State {
        DRAFT,
        COMPLETED
    }

    public enum Outcome {
        PASS,
        FAIL,
        NOT_APPLICABLE
    }

    /**
     * An item's outcome and, for a failed one, what was found (the note: the hazard's description),
     * where (optional) and the category of the hazard it raises.
     */
    @Embeddable
    public record Result(
            @Enumerated(EnumType.STRING) @Column(name = "outcome")
            Outcome outcome,

            @Column(name = "note") String note,

            @Column(name = "location") String location,

            @Enumerated(EnumType.STRING) @Column(name = "category")
            HazardCategory category) {

        public Result(Outcome outcome, String note) {
            this(outcome, note, null, null);
        }
    }

    private Long enterpriseId;

    private Long unitId;

    private Long templateId;

    /** The special rectification campaign this inspection answers, if any. */
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    private InspectionType type;

    private LocalDate inspectedOn;

    private String inspectors;

    private String peopleMet;

    private String summary;

    @Enumerated(EnumType.STRING)
    private State state;

    private Long createdBy;

    private Instant createdAt;

    private Instant completedAt;

    @ElementCollection
    @CollectionTable(name = "inspection_result", joinColumns = @JoinColumn(name = "inspection_id"))
    @MapKeyColumn(name = "item_id")
    private Map<Long, Result> results = new HashMap<>();

    /** How many hazards completing it raised. */
    private int hazardsRaised;

    @Version
    private long version;

    Inspection(
            Long enterpriseId,
            Long unitId,
            Long templateId,
            InspectionType type,
            LocalDate inspectedOn,
            String inspectors,
            String peopleMet,
            String summary,
            Long createdBy,
            Instant createdAt) {
        this.enterpriseId = enterpriseId;
        this.unitId = unitId;
        this.templateId = templateId;
        this.type = type;
        this.inspectedOn = inspectedOn;
        this.inspectors = inspectors;
        this.peopleMet = peopleMet;
        this.summary = summary;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.state = State.DRAFT;
    }

    void answer(Long campaignId) {
        this.campaignId = campaignId;
    }

    void record(Map<Long, Result> outcomes, String summary) {
        requireDraft();
        results.clear();
        results.putAll(outcomes);
        this.summary = summary;
    }

    void complete(Instant now, int hazardsRaised) {
        requireDraft();
        state = State.COMPLETED;
        completedAt = now;
        this.hazardsRaised = hazardsRaised;
    }

    boolean isDraft() {
        return state == State.DRAFT;
    }

    private void requireDraft() {
        if (state != State.DRAFT) {
            throw new InspectionRefused("inspection.completed");
        }
    }
}
