package app.redline.prevention;

import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers of a scope as supervisors read them: how many risk units are at each colour, and
 * the major-risk (red) units with their enterprises. Units are the registers' current state, not
 * history: one grouped query over the scope's enterprises' units (by their keys, indexed by
 * enterprise and level).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class RiskDistribution {

    /** How many major-risk units a page lists. */
    static final int MAJOR_SHOWN = 50;

    /** A red unit, its enterprise and who answers for it. */
    public record MajorUnit(Long id, String name, Long enterpriseId, String enterprise, String responsiblePerson) {}

    /** Units by colour, how many are red, and the first red ones by enterprise name. */
    public record Distribution(Map<RiskLevel, Long> unitsByLevel, long majorCount, List<MajorUnit> major) {

        public long units() {
            return unitsByLevel.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final JdbcClient jdbc;

    /** The distribution in the scope, within one of its regions when given (already checked by the caller). */
    public Distribution of(Scope scope, String region) {
        ScopeKeys keys = ScopeKeys.of(scope, region, "k.enterprise_id");
        String where = " where " + keys.sql();
        Map<String, Object> params = keys.params();
        String from = " from risk_unit u join enterprise_key k on k.enterprise_id = u.enterprise_id";
        Map<RiskLevel, Long> byLevel = new EnumMap<>(RiskLevel.class);
        jdbc.sql("select u.level, count(*)" + from + where + " and u.level is not null group by 1")
                .params(params)
                .query(rs -> {
                    byLevel.put(RiskLevel.valueOf(rs.getString(1)), rs.getLong(2));
                });
        List<MajorUnit> major = jdbc.sql("select u.id, u.name, e.id, e.name, u.responsible_person" + from
                        + " join unit e on e.id = u.enterprise_id" + where
                        + " and u.level = 'RED' order by e.name, u.name, u.id limit " + MAJOR_SHOWN)
                .params(params)
                .query((rs, n) ->
                        new MajorUnit(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                .list();
        return new Distribution(byLevel, byLevel.getOrDefault(RiskLevel.RED, 0L), major);
    }
}
