package app.redline.accident;

import app.redline.system.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One report of an accident as it was made (首报, 上报, 续报): by which unit, when, with the figures
 * known then, when it was due and whether it came late. Never changed once written.
 */
@Entity
@Table(name = "accident_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AccidentReport extends BaseEntity {

    public enum Kind {
        /** The first report, the enterprise's to the county (or as the department received it). */
        INITIAL,
        /** A department's or government's report to the level above. */
        UPWARD,
        /** New figures or facts (续报). */
        FOLLOW_UP
    }

    private Long accidentId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Long unitId;

    private Instant reportedAt;

    private int deaths;

    private int seriousInjuries;

    private int minorInjuries;

    private BigDecimal directLoss;

    private String text;

    private Instant dueAt;

    private boolean late;

    private Long recordedBy;

    private Instant recordedAt;

    AccidentReport(
            Long accidentId,
            Kind kind,
            Long unitId,
            Instant reportedAt,
            Casualties casualties,
            String text,
            Instant dueAt,
            Long recordedBy,
            Instant recordedAt) {
        this.accidentId = accidentId;
        this.kind = kind;
        this.unitId = unitId;
        this.reportedAt = reportedAt;
        this.deaths = casualties.deaths();
        this.seriousInjuries = casualties.seriousInjuries();
        this.minorInjuries = casualties.minorInjuries();
        this.directLoss = casualties.directLoss();
        this.text = text;
        this.dueAt = dueAt;
        this.late = dueAt != null && reportedAt.isAfter(dueAt);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Casualties casualties() {
        return new Casualties(deaths, seriousInjuries, minorInjuries, directLoss);
    }
}
