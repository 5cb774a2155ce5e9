package app.redline.prevention;

import java.math.BigDecimal;

/**
 * How a risk event is assessed: LS (likelihood × severity, each 1–5) or LEC (likelihood ×
 * exposure × consequence, Graham–Kinney's scales).
 */
public enum AssessmentMethod {
    LS(new BigDecimal("1"), new BigDecimal("5"), null, null, new BigDecimal("1"), new BigDecimal("5")),
    LEC(
            new BigDecimal("0.1"),
            new BigDecimal("10"),
            new BigDecimal("0.5"),
            new BigDecimal("10"),
            new BigDecimal("1"),
            new BigDecimal("100"));

    final BigDecimal minLikelihood;
    final BigDecimal maxLikelihood;
    final BigDecimal minExposure;
    final BigDecimal maxExposure;
    final BigDecimal minSeverity;
    final BigDecimal maxSeverity;

    AssessmentMethod(
            BigDecimal minLikelihood,
            BigDecimal maxLikelihood,
            BigDecimal minExposure,
            BigDecimal maxExposure,
            BigDecimal minSeverity,
            BigDecimal maxSeverity) {
        this.minLikelihood = minLikelihood;
        this.maxLikelihood = maxLikelihood;
        this.minExposure = minExposure;
        this.maxExposure = maxExposure;
        this.minSeverity = minSeverity;
        this.maxSeverity = maxSeverity;
    }

    public boolean usesExposure() {
        return this == LEC;
    }

    /** The score of the factors; exposure only for LEC. */
    BigDecimal score(BigDecimal likelihood, BigDecimal exposure, BigDecimal severity) {
        BigDecimal score = likelihood.multiply(severity);
        return usesExposure() ? score.multiply(exposure) : score;
    }
}
