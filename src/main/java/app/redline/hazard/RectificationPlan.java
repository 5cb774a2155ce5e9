package app.redline.hazard;

import java.time.LocalDate;

/**
 * The rectification plan: measures, responsible person and deadline; for a MAJOR hazard also funds,
 * interim safety measures and the emergency plan (the "five in place").
 */
public record RectificationPlan(
        String measures,
        String responsiblePerson,
        LocalDate deadline,
        String funds,
        String interimMeasures,
        String emergencyPlan) {}
