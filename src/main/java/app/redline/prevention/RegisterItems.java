package app.redline.prevention;

import app.redline.account.Recipients;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** All of an enterprise's register at once (five queries), for its spreadsheet's import and export. */
@Component
@RequiredArgsConstructor
class RegisterItems {

    /** Every object, unit, event and measure of the register, and its active tasks. */
    record All(
            List<RiskObject> objects,
            List<RiskUnit> units,
            List<RiskEvent> events,
            List<ControlMeasure> measures,
            List<InvestigationTask> tasks) {}

    private final RiskObjectRepository objects;
    private final RiskUnitRepository units;
    private final RiskEventRepository events;
    private final ControlMeasureRepository measures;
    private final InvestigationTaskRepository tasks;
    private final Recipients recipients;

    All of(long enterpriseId) {
        return new All(
                objects.findByEnterpriseIdOrderByName(enterpriseId),
                units.findByEnterpriseIdOrderByName(enterpriseId),
                events.findByEnterpriseIdOrderById(enterpriseId),
                measures.findByEnterpriseIdOrderById(enterpriseId),
                tasks.findByEnterpriseIdOrderById(enterpriseId).stream()
                        .filter(InvestigationTask::isActive)
                        .toList());
    }

    /** The enterprise's users by name, for a task's named person. */
    Map<String, Set<Long>> people(long enterpriseId) {
        Recipients.EnterprisePeople people =
                recipients.enterprisePeople(Set.of(enterpriseId)).get(enterpriseId);
        return people == null ? Map.of() : people.byName();
    }
}
