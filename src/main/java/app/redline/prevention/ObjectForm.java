package app.redline.prevention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A new risk object. */
@Getter
@Setter
public class ObjectForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    private ObjectKind kind;

    @Size(max = 300)
    private String location;
}
