package app.redline.hazard;

import app.redline.system.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;

/** One step in a hazard's history: who, when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "hazard_event")
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class HazardEvent extends BaseEntity {

    public enum Type {
        REPORTED,
        FIXED_ON_THE_SPOT,
        PLAN_ASSIGNED,
        EVIDENCE_SUBMITTED,
        ACCEPTED,
        REJECTED,
        EXTENSION_REQUESTED,
        EXTENSION_APPROVED,
        EXTENSION_REFUSED,
        URGED,
        LISTED,
        DELISTED,
        /** The enterprise filed its major-hazard report. */
        MAJOR_REPORTED,
        /** A major hazard's closing (HazardStep.Closing.Kind): evaluation, restart, write-off. */
        EVALUATED,
        RESTART_REQUESTED,
        RESTART_APPROVED,
        RESTART_REFUSED,
        WRITE_OFF_REQUESTED,
        WRITE_OFF_CONFIRMED,
        WRITE_OFF_REFUSED,
        WRITTEN_OFF,
        /** A rectification notice ordered it rectified by a date. */
        DEADLINE_ORDERED,
        /** The department re-inspected it: rectified (closed) or not (sent back). */
        REINSPECTED_RECTIFIED,
        REINSPECTED_NOT_RECTIFIED,
        /** Escalation steps, taken by the daily job (no user: the actor is Redline). */
        REMINDER,
        OVERDUE_NOTICE,
        ESCALATED
    }

    /** The actor name of steps Redline takes by itself (escalation, automatic delisting). */
    static final String SYSTEM = "Redline";

    private Long hazardId;

    private Instant at;

    private Long actorId;

    private String actorName;

    @Enumerated(EnumType.STRING)
    private Type type;

    @Enumerated(EnumType.STRING)
    private HazardState fromState;

    @Enumerated(EnumType.STRING)
    private HazardState toState;

    private String comment;

    HazardEvent(
            Long hazardId,
            Instant at,
            Long actorId,
            String actorName,
            Type type,
            HazardState from,
            HazardState to,
            String comment) {
        this.hazardId = hazardId;
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.type = type;
        this.fromState = from;
        this.toState = to;
        this.comment = comment;
    }

    /** A row of {@code hazard_event} read back by plain SQL ({@link HazardPageReads}). */
    HazardEvent(ResultSet row) throws SQLException {
        super(row.getLong("id"));
        this.hazardId = row.getLong("hazard_id");
        this.at = row.getTimestamp("at").toInstant();
        this.actorId = row.getObject("actor_id", Long.class);
        this.actorName = row.getString("actor_name");
        this.type = Type.valueOf(row.getString("type"));
        this.fromState = state(row.getString("from_state"));
        this.toState = state(row.getString("to_state"));
        this.comment = row.getString("comment");
    }

    private static HazardState state(String name) {
        return name == null ? null : HazardState.valueOf(name);
    }
}
