package app.redline.prevention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A risk unit's details (as its keeper enters or corrects them), with the version they were read at. */
@Getter
@Setter
@NoArgsConstructor
public class UnitEditForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    private String department;

    @NotBlank
    @Size(max = 100)
    private String responsiblePerson;

    @Size(max = 40)
    private String responsiblePhone;

    @Size(max = 2000)
    private String emergencyMeasures;

    private long version;

    UnitEditForm(RiskUnit unit) {
        this.name = unit.getName();
        this.department = unit.getDepartment();
        this.responsiblePerson = unit.getResponsiblePerson();
        this.responsiblePhone = unit.getResponsiblePhone();
        this.emergencyMeasures = unit.getEmergencyMeasures();
        this.version = unit.getVersion();
    }
}
