package app.redline.prevention;

import app.redline.organization.Scope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation windows that closed without a record in a scope and period, newest first: which
 * enterprise, which unit, what was to be checked and when the window ended (V34's index walks them
 * from the newest down).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class MissedInvestigations {

    /** How many missed windows a page lists. */
    static final int SHOWN = 50;

    /** A missed window of a task. */
    public record Missed(
            Long enterpriseId,
            String enterprise,
            Long unitId,
            String unit,
            String task,
            TaskCycle cycle,
            Instant windowEnd) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    /** The newest missed windows that ended within the days from..to, in the scope (and region, already checked). */
    public List<Missed> newest(Scope scope, String region, LocalDate from, LocalDate to) {
        ScopeKeys keys = ScopeKeys.of(scope, region, "r.enterprise_id");
        String where = keys.sql();
        Map<String, Object> params = new HashMap<>(keys.params());
        params.put("from", Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()));
        params.put(
                "to",
                Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        return jdbc.sql("select e.id, e.name, u.id, u.name, t.content, t.cycle, r.slot_end"
                        + " from investigation_record r"
                        + " join enterprise_key k on k.enterprise_id = r.enterprise_id"
                        + " join investigation_task t on t.id = r.task_id"
                        + " join risk_unit u on u.id = t.unit_id"
                        + " join unit e on e.id = r.enterprise_id"
                        + " where r.outcome = 'MISSED' and r.slot_end > :from and r.slot_end <= :to and " + where
                        + " order by r.slot_end desc, r.task_id limit " + SHOWN)
                .params(params)
                .query((rs, n) -> new Missed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        TaskCycle.valueOf(rs.getString(6)),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}
