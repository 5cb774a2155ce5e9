package app.redline.prevention;

import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/** A new risk unit of one of the enterprise's risk objects: its object and its details. */
@Getter
@Setter
public class UnitForm extends UnitEditForm {

    @NotNull
    private Long objectId;

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
