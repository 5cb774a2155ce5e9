package app.redline.prevention;

import app.redline.organization.RiskLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A risk event (安全风险事件) of a unit: what could happen, assessed into a level. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RiskEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long unitId;

    private Long enterpriseId;

    private String description;

    private String accidentType;

    @Enumerated(EnumType.STRING)
    private AssessmentMethod method;

    private BigDecimal likelihood;

    private BigDecimal exposure;

    private BigDecimal severity;

    private BigDecimal score;

    @Enumerated(EnumType.STRING)
    private RiskLevel level;

    @Version
    private long version;

    RiskEvent(RiskUnit unit, String description, String accidentType, Assessment assessment) {
        this.unitId = unit.getId();
        this.enterpriseId = unit.getEnterpriseId();
        this.description = description;
        this.accidentType = accidentType;
        assessed(assessment);
    }

    /** Whether this assessment differs from the event's (factors compared by value). */
    boolean differs(Assessment assessment) {
        return method != assessment.method()
                || likelihood.compareTo(assessment.likelihood()) != 0
                || severity.compareTo(assessment.severity()) != 0
                || (exposure == null
                        ? assessment.exposure() != null
                        : assessment.exposure() == null || exposure.compareTo(assessment.exposure()) != 0);
    }

    void assessed(Assessment assessment) {
        this.method = assessment.method();
        this.likelihood = assessment.likelihood();
        this.exposure = assessment.exposure();
        this.severity = assessment.severity();
        this.score = assessment.score();
        this.level = assessment.level();
    }
}
