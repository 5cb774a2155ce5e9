package app.redline.prevention;

import app.redline.organization.RiskLevel;
import java.math.BigDecimal;

/** An assessed risk event: the method, its factors, their product and the level it reaches. */
record Assessment(
        AssessmentMethod method,
        BigDecimal likelihood,
        BigDecimal exposure,
        BigDecimal severity,
        BigDecimal score,
        RiskLevel level) {}
