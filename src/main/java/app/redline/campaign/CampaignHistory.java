package app.redline.campaign;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The campaigns an enterprise was a target of in a period, and what it did in each, for a report
 * that looks back (an accident's trace-back). The caller has checked that the user sees the
 * enterprise.
 */
@Component
@RequiredArgsConstructor
public class CampaignHistory {

    public record Row(
            Long id,
            String title,
            String unitName,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean selfInspected,
            boolean visited,
            boolean begun) {}

    private final JdbcClient jdbc;

    /** The campaigns whose window overlaps the two days, oldest first. */
    public List<Row> of(long enterpriseId, LocalDate from, LocalDate to) {
        return jdbc.sql(
                        "select c.id, c.title, u.name as unit_name, c.starts_on, c.ends_on, t.self_inspected, t.visited,"
                                + " t.begun from campaign_target t join campaign c on c.id = t.campaign_id"
                                + " join unit u on u.id = c.unit_id"
                                + " where t.enterprise_id = :e and c.starts_on <= :to and c.ends_on >= :from"
                                + " order by c.starts_on, c.id")
                .param("e", enterpriseId)
                .param("from", from)
                .param("to", to)
                .query(Row.class)
                .list();
    }

    /** How far a campaign has come: its targets, how many self-inspected, were visited, did either. */
    public record Progress(
            Long id,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            int targets,
            int selfInspected,
            int visited,
            int responded) {}

    /** The progress of these campaigns, newest first. */
    public List<Progress> progress(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select c.id, c.title, c.starts_on, c.ends_on, c.target_count as targets,"
                        + " count(*) filter (where t.self_inspected) as self_inspected,"
                        + " count(*) filter (where t.visited) as visited,"
                        + " count(*) filter (where t.self_inspected or t.visited) as responded"
                        + " from campaign c join campaign_target t on t.campaign_id = c.id where c.id in (:ids)"
                        + " group by c.id order by c.starts_on desc, c.id desc")
                .param("ids", ids)
                .query(Progress.class)
                .list();
    }
}
