package app.redline.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rectification plan: measures, responsible person and deadline; for a MAJOR hazard also funds,
 * interim safety measures and the emergency plan (the "five in place").
 */
record RectificationPlan(
        String measures,
        String responsiblePerson,
        LocalDate deadline,
        String funds,
        String interimMeasures,
        String emergencyPlan) {

    /**
     * What keeps this plan from being a hazard's plan: measures and a responsible person always; a
     * deadline (the ordered one, when the plan leaves it out), not after the ordered one and not past;
     * for a MAJOR hazard the rest of the five in place. Each problem names its field.
     */
    List<HazardRefused> problems(HazardGrade grade, LocalDate orderedDeadline, LocalDate today) {
        List<HazardRefused> problems = new ArrayList<>();
        missing(problems, "measures", measures);
        missing(problems, "responsiblePerson", responsiblePerson);
        LocalDate planned = deadline == null ? orderedDeadline : deadline;
        if (planned == null) {
            problems.add(new HazardRefused("deadline", "hazard.plan.deadline.required"));
        } else if (orderedDeadline != null && planned.isAfter(orderedDeadline)) {
            problems.add(new HazardRefused("deadline", "hazard.plan.deadline.ordered", orderedDeadline));
        } else if (planned.isBefore(today)) {
            problems.add(new HazardRefused("deadline", "hazard.plan.deadline.past"));
        }
        if (grade == HazardGrade.MAJOR) {
            missing(problems, "funds", funds);
            missing(problems, "interimMeasures", interimMeasures);
            missing(problems, "emergencyPlan", emergencyPlan);
        }
        return problems;
    }

    private static void missing(List<HazardRefused> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new HazardRefused(field, "hazard.field.required"));
        }
    }
}
