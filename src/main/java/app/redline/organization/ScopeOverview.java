package app.redline.organization;

import java.util.Map;

/** How many enterprises a scope holds, and how they split by risk level. */
public record ScopeOverview(long enterprises, Map<RiskLevel, Long> byRiskLevel) {

    public long count(RiskLevel level) {
        return byRiskLevel.getOrDefault(level, 0L);
    }
}
