package app.redline.organization;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.Changes;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The risk level an enterprise's own risk register gives it. */
@Service
@RequiredArgsConstructor
public class EnterpriseRiskLevel {

    private final UnitRepository units;
    private final AuditLog auditLog;

    /**
     * An enterprise's risk level as its risk register gives it (the highest of its risk units'), kept
     * on the enterprise and recorded in its history when it changes; null leaves it as it is.
     */
    @Transactional
    public void riskLevelFromRegister(Long enterpriseId, RiskLevel level) {
        Unit unit = units.findById(enterpriseId).orElseThrow(() -> new EnterpriseNotFoundException(enterpriseId));
        if (level == null || level == unit.getRiskLevel()) {
            return;
        }
        Map<String, Object> before = unit.auditedFields();
        unit.riskLevelFromRegister(level);
        auditLog.record(new AuditEntry(
                "UPDATE",
                UnitAdministration.AUDIT_TYPE,
                unit.getId(),
                unit.getName(),
                unit.getRegionCode(),
                Changes.between(before, unit.auditedFields())));
    }
}
