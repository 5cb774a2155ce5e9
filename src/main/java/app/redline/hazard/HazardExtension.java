package app.redline.hazard;

import app.redline.system.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A request to move a hazard's deadline; decided once, kept forever. */
@Entity
@Table(name = "hazard_extension")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class HazardExtension extends BaseEntity {

    public enum Status {
        PENDING,
        APPROVED,
        REFUSED
    }

    private Long hazardId;

    private Long requestedBy;

    private Instant requestedAt;

    private LocalDate oldDeadline;

    private LocalDate newDeadline;

    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Long decidedBy;

    private Instant decidedAt;

    HazardExtension(
            Long hazardId, Long requestedBy, Instant at, LocalDate oldDeadline, LocalDate newDeadline, String reason) {
        this.hazardId = hazardId;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.oldDeadline = oldDeadline;
        this.newDeadline = newDeadline;
        this.reason = reason;
        this.status = Status.PENDING;
    }

    /** A row of {@code hazard_extension} read back by plain SQL ({@link HazardPageReads}). */
    HazardExtension(ResultSet row) throws SQLException {
        super(row.getLong("id"));
        this.hazardId = row.getLong("hazard_id");
        this.requestedBy = row.getLong("requested_by");
        this.requestedAt = row.getTimestamp("requested_at").toInstant();
        this.oldDeadline = row.getObject("old_deadline", LocalDate.class);
        this.newDeadline = row.getObject("new_deadline", LocalDate.class);
        this.reason = row.getString("reason");
        this.status = Status.valueOf(row.getString("status"));
        this.decidedBy = row.getObject("decided_by", Long.class);
        Timestamp decided = row.getTimestamp("decided_at");
        this.decidedAt = decided == null ? null : decided.toInstant();
    }

    void decide(boolean approved, Long decidedBy, Instant at) {
        if (status != Status.PENDING) {
            throw new HazardRefused("hazard.extension.decided");
        }
        this.status = approved ? Status.APPROVED : Status.REFUSED;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }
}
