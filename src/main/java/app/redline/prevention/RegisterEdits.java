package app.redline.prevention;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import app.redline.system.FieldProblem;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrections to a register by its keepers on its pages: a unit's details, a task stopped. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class RegisterEdits {

    private final RiskRegister register;
    private final RiskUnitRepository units;
    private final InvestigationTaskRepository tasks;
    private final RegisterAudit audit;

    /** Corrects a unit's details; refused when someone changed it meanwhile or the name is its object's other unit's. */
    @Transactional
    void editUnit(SignedInUser user, Scope scope, long unitId, UnitEditForm form) {
        RiskUnit unit = register.loadUnitToKeep(user, scope, unitId);
        if (unit.getVersion() != form.getVersion()) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(RiskUnit.class, unitId);
        }
        String name = form.getName().strip();
        if (!name.equals(unit.getName()) && units.existsByObjectIdAndName(unit.getObjectId(), name)) {
            throw new FieldProblem("name", "risk.unit.name.taken");
        }
        Map<String, Object> before = RegisterAudit.unitFields(unit);
        unit.edit(form);
        units.saveAndFlush(unit);
        audit.unitChanged(unit, before);
    }

    /** Refuses (403) anyone but the unit's enterprise's safety managers; another scope's unit is "not found". */
    void requireKeeperOfUnit(SignedInUser user, Scope scope, long unitId) {
        register.loadUnitToKeep(user, scope, unitId);
    }

    /** Stops a task of the unit: it falls due no more; what was recorded stays. A second stop changes nothing. */
    @Transactional
    void stopTask(SignedInUser user, Scope scope, long unitId, long taskId) {
        RiskUnit unit = register.loadUnitToKeep(user, scope, unitId);
        InvestigationTask task = tasks.findById(taskId)
                .filter(t -> t.getUnitId().equals(unit.getId()))
                .orElseThrow(() -> new InvestigationTaskNotFoundException(taskId));
        if (task.isActive()) {
            task.stop();
            tasks.saveAndFlush(task);
            audit.record(
                    "UPDATE",
                    "INVESTIGATION_TASK",
                    task.getId(),
                    task.getContent(),
                    unit.getEnterpriseId(),
                    Map.of("active", true),
                    Map.of("active", false));
        }
    }
}
