package app.redline.hazard;

/**
 * What the reporter of a hazard saw: where, what, of which kind and grade, against which rule, and
 * for a major hazard the clause of the judgement standard it meets ({@code judgementClauseId}).
 */
public record HazardFinding(
        Long enterpriseId,
        String location,
        String description,
        HazardCategory category,
        HazardGrade grade,
        String legalBasis,
        Long judgementClauseId) {

    public HazardFinding(
            Long enterpriseId,
            String location,
            String description,
            HazardCategory category,
            HazardGrade grade,
            String legalBasis) {
        this(enterpriseId, location, description, category, grade, legalBasis, null);
    }
}
