package app.redline.hazard;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hazards an enterprise had in a period and how their loops ended, for a report that looks back
 * (an accident's trace-back): who found each, its deadline, whether it ran over it, its extensions
 * and rejections, and who closed it. The caller has checked that the user sees the enterprise.
 */
@Component
@RequiredArgsConstructor
public class HazardHistory {

    /** The most hazards one look back lists. */
    public static final int LIMIT = 500;

    public record Row(
            Long id,
            LocalDate reportedOn,
            String description,
            HazardGrade grade,
            HazardState state,
            String foundBy,
            boolean selfFound,
            LocalDate deadline,
            LocalDate closedOn,
            int rejections,
            int extensions,
            boolean overdue,
            String closedBy) {}

    private final JdbcClient jdbc;

    /** The hazards reported between the two days, oldest first (at most {@link #LIMIT}). */
    public List<Row> of(long enterpriseId, LocalDate from, LocalDate to) {
        return jdbc.sql("select h.id, h.reported_on, h.description, h.grade, h.state, f.name as found_by, h.self_found,"
                        + " h.deadline, h.closed_on, h.rejections,"
                        + " (select count(*) from hazard_extension x where x.hazard_id = h.id) as extensions,"
                        + " (h.deadline is not null and coalesce(h.closed_on, :to) > h.deadline) as overdue,"
                        + " (select e.actor_name from hazard_event e where e.hazard_id = h.id and e.to_state = 'CLOSED'"
                        + "   order by e.at desc limit 1) as closed_by"
                        + " from hazard h join unit f on f.id = h.found_by_unit_id"
                        + " where h.enterprise_id = :e and h.reported_on between :from and :to"
                        + " order by h.reported_on, h.id limit :limit")
                .param("e", enterpriseId)
                .param("from", from)
                .param("to", to)
                .param("limit", LIMIT)
                .query(Row.class)
                .list();
    }
}
