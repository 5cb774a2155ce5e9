package app.redline.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A key industry; a department supervising an industry also supervises its sub-sectors. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Industry {

    @Id
    private String code;

    private String parentCode;

    private String nameZh;

    private String nameEn;

    private int sortOrder;

    @Version
    private long version;

    Industry(String code, String parentCode, String nameZh, String nameEn, int sortOrder) {
        this.code = code;
        this.parentCode = parentCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    void update(String parentCode, String nameZh, String nameEn, int sortOrder) {
        this.parentCode = parentCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    Map<String, Object> auditedFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("parent", parentCode);
        fields.put("nameZh", nameZh);
        fields.put("nameEn", nameEn);
        fields.put("sortOrder", sortOrder);
        return fields;
    }
}
