package app.redline.prevention;

import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import java.util.HashMap;
import java.util.Map;

/**
 * A scope (and a region of it) as a condition on the enterprises' keys joined as {@code k}
 * ({@code enterprise_key}): their region and industries for supervisors, the enterprise itself
 * (a column the caller names) for an enterprise's own people.
 */
record ScopeKeys(String sql, Map<String, Object> params) {

    static ScopeKeys of(Scope scope, String region, String enterpriseColumn) {
        Map<String, Object> params = new HashMap<>();
        if (scope.isSingleEnterprise()) {
            params.put("enterprise", scope.enterpriseId());
            return new ScopeKeys(enterpriseColumn + " = :enterprise", params);
        }
        RollUpWhere keys = RollUpWhere.of(scope, region, null);
        params.putAll(keys.params());
        return new ScopeKeys(
                "k.active and "
                        + keys.sql().replace("region_code", "k.region_code").replace("industries", "k.industries"),
                params);
    }
}
