package app.redline.hazard;

import app.redline.system.BaseEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A checked photo kept for its uploader while the form it came with is corrected. */
@Entity
@Table(name = "photo_upload")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PhotoUpload extends BaseEntity {

    private Long uploadedBy;

    private String fileName;

    @Embedded
    private StoredPhoto file;

    private Instant uploadedAt;

    PhotoUpload(Long uploadedBy, KeptPhoto kept, Instant at) {
        this.uploadedBy = uploadedBy;
        this.fileName = kept.name().length() > 100 ? kept.name().substring(0, 99) + "…" : kept.name();
        this.file = kept.file();
        this.uploadedAt = at;
    }

    KeptPhoto kept() {
        return new KeptPhoto(fileName, file);
    }
}
