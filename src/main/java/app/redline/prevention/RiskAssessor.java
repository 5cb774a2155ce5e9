package app.redline.prevention;

import app.redline.system.FieldProblem;
import java.math.BigDecimal;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** A risk event's assessment: each factor on its method's scale, their product, the level it reaches. */
@Component
@RequiredArgsConstructor
class RiskAssessor {

    private final RiskThresholds thresholds;

    /**
     * Assesses a risk event: checks each factor against its method's scale, multiplies them and
     * finds the level their product reaches.
     */
    Assessment assess(AssessmentMethod method, BigDecimal likelihood, BigDecimal exposure, BigDecimal severity) {
        within("likelihood", likelihood, method.minLikelihood, method.maxLikelihood);
        within("severity", severity, method.minSeverity, method.maxSeverity);
        BigDecimal usedExposure = null;
        if (method.usesExposure()) {
            if (exposure == null) {
                throw new FieldProblem("exposure", "risk.event.exposure.missing");
            }
            within("exposure", exposure, method.minExposure, method.maxExposure);
            usedExposure = exposure;
        }
        BigDecimal score = method.score(likelihood, usedExposure, severity);
        return new Assessment(method, likelihood, usedExposure, severity, score, thresholds.level(method, score));
    }

    private static void within(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.scale() > 1) {
            throw new FieldProblem(field, "risk.event.factor.range");
        }
    }
}
