package app.redline.hazard;

/** What the reporter of a hazard saw: where, what, of which kind and grade, against which rule. */
public record HazardFinding(
        Long enterpriseId,
        String location,
        String description,
        HazardCategory category,
        HazardGrade grade,
        String legalBasis) {}
