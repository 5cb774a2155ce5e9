package app.redline.prevention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A new investigation task of one of the unit's measures: a post or a named user does it. */
@Getter
@Setter
public class TaskForm {

    @NotNull
    private Long measureId;

    @NotBlank
    @Size(max = 500)
    private String content;

    @NotNull
    private TaskCycle cycle;

    @Size(max = 100)
    private String post;

    private Long assigneeId;

    private boolean responsiblePerson;
}
