package app.redline.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scope, a region subtree and an industry as a SQL condition on a roll-up that counts by the
 * enterprise's key (columns {@code region_code} and {@code industries}, as in {@code enterprise_key}):
 * the hazard and campaign roll-ups read by the dashboard, the overdue review and the campaign board.
 * Named parameters only; the caller binds {@link #params()}.
 */
public record RollUpWhere(String sql, Map<String, Object> params) {

    /** Whether roll-ups answer for this scope: they count by region and industry, not by enterprise. */
    public static boolean answers(Scope scope) {
        return !scope.isSingleEnterprise();
    }

    public static RollUpWhere of(Scope scope, String region, String industry) {
        List<String> and = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        switch (scope.kind()) {
            case ALL -> and.add("true");
            case NONE -> and.add("false");
            case REGION, REGION_INDUSTRIES -> {
                and.add(RegionCode.of(scope.regionCode()).within("region_code"));
                if (scope.kind() == Scope.Kind.REGION_INDUSTRIES) {
                    and.add("industries && cast(:scopeIndustries as text[])");
                    params.put("scopeIndustries", scope.industryCodes().toArray(String[]::new));
                }
            }
            case ENTERPRISE -> throw new IllegalArgumentException("The roll-ups do not count by enterprise");
        }
        if (region != null && !region.isBlank()) {
            and.add(RegionCode.filter("region_code", region));
        }
        if (industry != null && !industry.isBlank()) {
            and.add(":industry = any(industries)");
            params.put("industry", industry);
        }
        return new RollUpWhere(String.join(" and ", and), params);
    }

    /** This condition and another (on the roll-up's own columns, with its own parameters). */
    public RollUpWhere and(String condition, Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(params);
        all.putAll(more);
        return new RollUpWhere(sql + " and " + condition, all);
    }
}
