package app.redline.hazard;

import app.redline.standard.StandardCatalogue;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * What makes a reported hazard major (判定依据): the clause of a current judgement standard of the
 * enterprise's industries, or, where no such standard names it, the basis in words.
 */
@Component
@RequiredArgsConstructor
class JudgementBasis {

    private final StandardCatalogue standards;

    void check(HazardFinding finding) {
        if (finding.grade() != HazardGrade.MAJOR) {
            return;
        }
        if (finding.judgementClauseId() == null) {
            if (finding.legalBasis() == null || finding.legalBasis().isBlank()) {
                throw new HazardRefused("judgementClauseId", "hazard.clause.required");
            }
        } else if (!standards.offered(finding.judgementClauseId(), finding.enterpriseId())) {
            throw new HazardRefused("judgementClauseId", "hazard.clause.unknown");
        }
    }
}
