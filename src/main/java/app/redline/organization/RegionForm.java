package app.redline.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** A new region (code and parent matter) or a renamed one (only the names). */
@Data
class RegionForm {

    interface Creation {}

    @NotBlank(groups = Creation.class)
    @Pattern(regexp = "[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}", message = "{region.code.pattern}", groups = Creation.class)
    private String code;

    private String parentCode;

    @NotBlank
    @Size(max = 100)
    private String nameZh;

    /** Optional: the Chinese name stands in where it is blank. */
    @Size(max = 100)
    private String nameEn;

    private long version;

    /** The English name, or the Chinese one when none is given. */
    String englishName() {
        return nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    static RegionForm of(Region region) {
        RegionForm form = new RegionForm();
        form.code = region.getCode();
        form.parentCode = region.getParentCode();
        form.nameZh = region.getNameZh();
        form.nameEn = region.getNameEn();
        form.version = region.getVersion();
        return form;
    }
}
