package app.redline.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An administrative division (GB/T 2260). Its code is its key: a child's code starts with its parent's. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Region {

    @Id
    private String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private Region parent;

    @Enumerated(EnumType.STRING)
    private RegionLevel level;

    private String nameZh;

    private String nameEn;

    @Version
    private long version;

    Region(String code, Region parent, RegionLevel level, String nameZh, String nameEn) {
        if (parent != null && !code.startsWith(parent.getCode())) {
            throw new IllegalArgumentException("Region " + code + " does not start with its parent's code");
        }
        this.code = code;
        this.parent = parent;
        this.level = level;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    Map<String, Object> auditedFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("parent", getParentCode());
        fields.put("nameZh", nameZh);
        fields.put("nameEn", nameEn);
        return fields;
    }

    public String getParentCode() {
        return parent == null ? null : parent.getCode();
    }

    public boolean contains(String regionCode) {
        return regionCode != null && regionCode.startsWith(code);
    }
}
