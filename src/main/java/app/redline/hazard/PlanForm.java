package app.redline.hazard;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The rectification plan form; which fields are required depends on the grade (the hazard checks). */
@Getter
@Setter
class PlanForm extends StepForm {

    @Size(max = 2000)
    private String measures;

    @Size(max = 100)
    private String responsiblePerson;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    @Size(max = 200)
    private String funds;

    @Size(max = 2000)
    private String interimMeasures;

    @Size(max = 2000)
    private String emergencyPlan;

    RectificationPlan plan() {
        return new RectificationPlan(measures, responsiblePerson, deadline, funds, interimMeasures, emergencyPlan);
    }
}
