package app.redline.inspection;

import app.redline.system.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The rectification notice a department issues after its inspection: numbered, printable, final. */
@Entity
@Table(name = "rectification_notice")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class RectificationNotice extends BaseEntity {

    private Long inspectionId;

    private Long unitId;

    private int year;

    private int seq;

    private String requirements;

    private LocalDate deadline;

    private LocalDate reinspection;

    /**
     * When the next re-inspection is due: the notice's date first, then the date a re-inspection
     * set for what it sent back; null once a re-inspection found everything rectified.
     */
    private LocalDate reinspectionDue;

    /** The date ordered for each hazard the notice names, as issued. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notice_hazard", joinColumns = @JoinColumn(name = "notice_id"))
    @MapKeyColumn(name = "hazard_id")
    @Column(name = "deadline")
    private Map<Long, LocalDate> hazardDeadlines = new LinkedHashMap<>();

    private Long issuedBy;

    private Instant issuedAt;

    RectificationNotice(
            Long inspectionId,
            Long unitId,
            int year,
            int seq,
            String requirements,
            LocalDate deadline,
            LocalDate reinspection,
            Long issuedBy,
            Instant issuedAt) {
        this.inspectionId = inspectionId;
        this.unitId = unitId;
        this.year = year;
        this.seq = seq;
        this.requirements = requirements;
        this.deadline = deadline;
        this.reinspection = reinspection;
        this.reinspectionDue = reinspection;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** The date ordered for one hazard (null: the notice did not name it). */
    public LocalDate deadlineOf(Long hazardId) {
        return hazardDeadlines.get(hazardId);
    }

    /** Whether every hazard was given the same date (the notice then says it in one sentence). */
    public boolean oneDeadline() {
        // A set, not Stream.distinct(): Hibernate's map values view reports its elements distinct.
        return new HashSet<>(hazardDeadlines.values()).size() <= 1;
    }

    void orders(Map<Long, LocalDate> dates) {
        hazardDeadlines.putAll(dates);
    }

    /** After a re-inspection: the next one on that date, or (null) none, everything being rectified. */
    void reinspectAgainOn(LocalDate next) {
        this.reinspectionDue = next;
    }
}
