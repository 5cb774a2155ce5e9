package app.redline.inspection;

import app.redline.system.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A re-inspection (复查) of the hazards a rectification notice named, by the department that issued
 * it: per hazard rectified or not, with a note; numbered per unit and year like the notices and
 * printed as the 整改复查意见书. Final once recorded.
 */
@Entity
@Table(name = "reinspection")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Reinspection extends BaseEntity {

    /** The finding on one hazard. */
    @Embeddable
    @Getter
    @NoArgsConstructor(access = AccessLevel.PROTECTED)
    public static class Result {

        private Long hazardId;

        private boolean rectified;

        private String note;

        Result(Long hazardId, boolean rectified, String note) {
            this.hazardId = hazardId;
            this.rectified = rectified;
            this.note = note;
        }
    }

    private Long noticeId;

    private Long unitId;

    private int year;

    private int seq;

    private LocalDate reinspectedOn;

    private String inspectors;

    private String opinion;

    /** The date set for the hazards sent back (null: all rectified). */
    private LocalDate newDeadline;

    /** When the next re-inspection will be (null: all rectified). */
    private LocalDate nextReinspection;

    private Long recordedBy;

    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reinspection_result", joinColumns = @JoinColumn(name = "reinspection_id"))
    @OrderBy("hazardId")
    private List<Result> results = new ArrayList<>();

    Reinspection(
            Long noticeId,
            Long unitId,
            int year,
            int seq,
            LocalDate reinspectedOn,
            String inspectors,
            String opinion,
            LocalDate newDeadline,
            LocalDate nextReinspection,
            Long recordedBy,
            Instant recordedAt) {
        this.noticeId = noticeId;
        this.unitId = unitId;
        this.year = year;
        this.seq = seq;
        this.reinspectedOn = reinspectedOn;
        this.inspectors = inspectors;
        this.opinion = opinion;
        this.newDeadline = newDeadline;
        this.nextReinspection = nextReinspection;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void found(Long hazardId, boolean rectified, String note) {
        results.add(new Result(hazardId, rectified, note));
    }

    public Result resultOf(Long hazardId) {
        return results.stream()
                .filter(r -> r.hazardId.equals(hazardId))
                .findFirst()
                .orElse(null);
    }

    public boolean allRectified() {
        return results.stream().allMatch(Result::isRectified);
    }
}
