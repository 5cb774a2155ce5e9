package app.redline.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The rectification notice a department issues after its inspection: numbered, printable, final. */
@Entity
@Table(name = "rectification_notice")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RectificationNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inspection_id")
    private Long inspectionId;

    @Column(name = "unit_id")
    private Long unitId;

    private int year;

    private int seq;

    private String requirements;

    private LocalDate deadline;

    private LocalDate reinspection;

    @Column(name = "issued_by")
    private Long issuedBy;

    @Column(name = "issued_at")
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
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }
}
