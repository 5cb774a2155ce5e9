package app.redline.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** An industry of the catalogue; its code is fixed once created. */
@Data
class IndustryForm {

    interface Creation {}

    @NotBlank(groups = Creation.class)
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{industry.code.pattern}", groups = Creation.class)
    private String code;

    private String parentCode;

    @NotBlank
    @Size(max = 100)
    private String nameZh;

    @NotBlank
    @Size(max = 100)
    private String nameEn;

    @Min(0)
    @Max(100_000)
    private int sortOrder;

    private long version;

    static IndustryForm of(Industry industry) {
        IndustryForm form = new IndustryForm();
        form.code = industry.getCode();
        form.parentCode = industry.getParentCode();
        form.nameZh = industry.getNameZh();
        form.nameEn = industry.getNameEn();
        form.sortOrder = industry.getSortOrder();
        form.version = industry.getVersion();
        return form;
    }
}
