package app.redline.prevention;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A control measure (管控措施) of a risk event. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ControlMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long eventId;

    private Long enterpriseId;

    @Enumerated(EnumType.STRING)
    private MeasureKind kind;

    private String description;

    @Version
    private long version;

    ControlMeasure(RiskEvent event, MeasureKind kind, String description) {
        this.eventId = event.getId();
        this.enterpriseId = event.getEnterpriseId();
        this.kind = kind;
        this.description = description;
    }
}
