package app.redline.prevention;

import app.redline.organization.RiskLevel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A risk unit (风险分析单元) of a risk object, with the department and the person responsible for it;
 * its level is the highest of its events'.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RiskUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long objectId;

    private Long enterpriseId;

    private String name;

    private String department;

    private String responsiblePerson;

    private String responsiblePhone;

    private String emergencyMeasures;

    @Enumerated(EnumType.STRING)
    private RiskLevel level;

    /** Opens the unit's notice card without signing in (V33): printed as its QR code. */
    private java.util.UUID cardToken;

    @Version
    private long version;

    RiskUnit(RiskObject object, UnitForm form) {
        this.objectId = object.getId();
        this.enterpriseId = object.getEnterpriseId();
        this.name = form.getName().strip();
        this.department = UnitForm.blankToNull(form.getDepartment());
        this.responsiblePerson = form.getResponsiblePerson().strip();
        this.responsiblePhone = UnitForm.blankToNull(form.getResponsiblePhone());
        this.emergencyMeasures = UnitForm.blankToNull(form.getEmergencyMeasures());
        this.cardToken = java.util.UUID.randomUUID();
    }

    /** Whether any of these details that is given (not null) differs from the unit's. */
    boolean differs(String department, String responsiblePerson, String responsiblePhone, String emergencyMeasures) {
        return (department != null && !department.equals(this.department))
                || (responsiblePerson != null && !responsiblePerson.equals(this.responsiblePerson))
                || (responsiblePhone != null && !responsiblePhone.equals(this.responsiblePhone))
                || (emergencyMeasures != null && !emergencyMeasures.equals(this.emergencyMeasures));
    }

    /** Takes the details that are given (not null); the others stay. */
    void details(String department, String responsiblePerson, String responsiblePhone, String emergencyMeasures) {
        if (department != null) {
            this.department = department;
        }
        if (responsiblePerson != null) {
            this.responsiblePerson = responsiblePerson;
        }
        if (responsiblePhone != null) {
            this.responsiblePhone = responsiblePhone;
        }
        if (emergencyMeasures != null) {
            this.emergencyMeasures = emergencyMeasures;
        }
    }

    /** Takes corrected details, the name among them (blank optional ones become none). */
    void edit(UnitEditForm form) {
        this.name = form.getName().strip();
        this.department = UnitForm.blankToNull(form.getDepartment());
        this.responsiblePerson = form.getResponsiblePerson().strip();
        this.responsiblePhone = UnitForm.blankToNull(form.getResponsiblePhone());
        this.emergencyMeasures = UnitForm.blankToNull(form.getEmergencyMeasures());
    }

    void levelFromEvents(RiskLevel highest) {
        this.level = highest;
    }
}
