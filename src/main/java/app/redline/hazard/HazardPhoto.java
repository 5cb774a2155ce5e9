package app.redline.hazard;

import app.redline.system.BaseEntity;
import jakarta.persistence.Embedded;
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

/** A photo of a hazard before (the finding) or after (the evidence); the file lives on disk. */
@Entity
@Table(name = "hazard_photo")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class HazardPhoto extends BaseEntity {

    public enum Stage {
        BEFORE,
        AFTER,
        /** Taken by the department at a re-inspection. */
        RECHECK,
        /** Scans of the evaluation report of a major hazard's treatment. */
        EVALUATION
    }

    private Long hazardId;

    private Long eventId;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Embedded
    private StoredPhoto file;

    private Long uploadedBy;

    private Instant uploadedAt;

    HazardPhoto(Long hazardId, Long eventId, Stage stage, StoredPhoto file, Long uploadedBy, Instant at) {
        this.hazardId = hazardId;
        this.eventId = eventId;
        this.stage = stage;
        this.file = file;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    /** A row of {@code hazard_photo} read back by plain SQL ({@link HazardPageReads}). */
    HazardPhoto(ResultSet row) throws SQLException {
        super(row.getLong("id"));
        this.hazardId = row.getLong("hazard_id");
        this.eventId = row.getObject("event_id", Long.class);
        this.stage = Stage.valueOf(row.getString("stage"));
        this.file = new StoredPhoto(
                row.getString("path"),
                row.getString("thumb_path"),
                row.getString("content_type"),
                row.getLong("size_bytes"),
                row.getString("sha256"));
        this.uploadedBy = row.getLong("uploaded_by");
        this.uploadedAt = row.getTimestamp("uploaded_at").toInstant();
    }
}
