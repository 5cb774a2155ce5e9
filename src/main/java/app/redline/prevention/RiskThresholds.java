package app.redline.prevention;

import app.redline.organization.RiskLevel;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each risk level begins for each method (risk_threshold, V29; defaults in the README): an
 * event's level is the highest whose threshold its score reaches.
 */
@Component
@RequiredArgsConstructor
class RiskThresholds {

    private final JdbcClient jdbc;

    /** The lowest score of each level for a method. */
    Map<RiskLevel, BigDecimal> of(AssessmentMethod method) {
        Map<RiskLevel, BigDecimal> thresholds = new EnumMap<>(RiskLevel.class);
        jdbc.sql("select level, min_score from risk_threshold where method = :method")
                .param("method", method.name())
                .query(rs -> {
                    thresholds.put(RiskLevel.valueOf(rs.getString(1)), rs.getBigDecimal(2));
                });
        return thresholds;
    }

    /** The level a score reaches: red before orange before yellow; blue below them all. */
    RiskLevel level(AssessmentMethod method, BigDecimal score) {
        return levelOf(of(method), score);
    }

    static RiskLevel levelOf(Map<RiskLevel, BigDecimal> thresholds, BigDecimal score) {
        for (RiskLevel level : RiskLevel.values()) {
            BigDecimal min = thresholds.get(level);
            if (min != null && score.compareTo(min) >= 0) {
                return level;
            }
        }
        return RiskLevel.BLUE;
    }
}
