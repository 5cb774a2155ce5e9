package app.redline.hazard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The major-hazard report (重大事故隐患报告) as the enterprise writes it. */
@Getter
@Setter
public class MajorReportForm extends StepForm {

    @NotBlank
    @Size(max = 4000)
    private String presentState;

    @NotBlank
    @Size(max = 4000)
    private String danger;

    @NotBlank
    @Size(max = 4000)
    private String treatment;
}
