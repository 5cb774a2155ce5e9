package app.redline.inspection;

import app.redline.hazard.KeptPhoto;
import app.redline.hazard.StoredPhoto;
import app.redline.system.BaseEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A photo of a checklist item, kept with the inspection from the first save of its draft. */
@Entity
@Table(name = "inspection_photo")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class InspectionPhoto extends BaseEntity {

    private Long inspectionId;

    private Long itemId;

    private String fileName;

    @Embedded
    private StoredPhoto file;

    private Long uploadedBy;

    private Instant uploadedAt;

    InspectionPhoto(Long inspectionId, Long itemId, KeptPhoto kept, Long uploadedBy, Instant at) {
        this.inspectionId = inspectionId;
        this.itemId = itemId;
        this.fileName = kept.name().length() > 100 ? kept.name().substring(0, 99) + "…" : kept.name();
        this.file = kept.file();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    KeptPhoto kept() {
        return new KeptPhoto(fileName, file);
    }
}
