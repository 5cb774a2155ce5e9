package app.redline.prevention;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A risk object (风险分析对象): a workshop, a storage area, a major hazard source… of one enterprise. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RiskObject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long enterpriseId;

    private String name;

    @Enumerated(EnumType.STRING)
    private ObjectKind kind;

    private String location;

    private Instant createdAt;

    @Version
    private long version;

    RiskObject(Long enterpriseId, String name, ObjectKind kind, String location, Instant createdAt) {
        this.enterpriseId = enterpriseId;
        this.name = name;
        this.kind = kind;
        this.location = location;
        this.createdAt = createdAt;
    }
}
