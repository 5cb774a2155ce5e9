package app.redline.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "sort_order")
    private int sortOrder;

    Industry(String code, String parentCode, String nameZh, String nameEn, int sortOrder) {
        this.code = code;
        this.parentCode = parentCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }
}
