package app.redline.campaign;

import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's progress added up from its roll-up (campaign_tally, migration V20): targets by region,
 * industries and what they have done, kept by database triggers as targets are chosen and their
 * inspections begun and completed. It costs the same for fifty targets or fifty thousand.
 */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class CampaignTallies implements TargetCounts {

    private final JdbcClient jdbc;

    @Override
    public Map<String, Progress> progress(Scope scope, Campaign campaign, String region, Grouping grouping) {
        RollUpWhere where = RollUpWhere.of(scope, region, null)
                .and("campaign_id = :campaign", Map.of("campaign", campaign.getId()));
        List<String> missing = new ArrayList<>();
        if (campaign.getMode().asksSelfInspection()) {
            missing.add("not self_inspected");
        }
        if (campaign.getMode().asksVisits()) {
            missing.add("not visited");
        }
        String outstanding = missing.isEmpty() ? "false" : String.join(" or ", missing);
        String key = grouping.regionLength() < 0
                ? "''"
                : grouping.regionLength() == 0 ? "i.code" : "substr(region_code, 1, :length)";
        String sql = "select " + key + " as k, sum(n), sum(n) filter (where self_inspected),"
                + " sum(n) filter (where visited), sum(n) filter (where not begun),"
                + " sum(n) filter (where " + outstanding + ")"
                + " from campaign_tally"
                + (grouping.regionLength() == 0 ? " cross join unnest(industries) as i(code)" : "")
                + " where " + where.sql()
                + " group by 1 having sum(n) > 0";
        Map<String, Progress> result = new LinkedHashMap<>();
        jdbc.sql(sql)
                .params(where.params())
                .param("length", Math.max(grouping.regionLength(), 0))
                .query(rs -> {
                    result.put(
                            rs.getString(1),
                            new Progress(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                });
        return result;
    }
}
