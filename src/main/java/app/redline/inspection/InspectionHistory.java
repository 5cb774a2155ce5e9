package app.redline.inspection;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inspections of an enterprise in a period, for a report that looks back (an accident's
 * trace-back): who inspected, when, by which checklist, how many items passed and failed, and the
 * items that passed whose text names what the report is about. The caller has checked that the
 * user sees the enterprise.
 */
@Component
@RequiredArgsConstructor
public class InspectionHistory {

    public record Row(
            Long id,
            LocalDate inspectedOn,
            InspectionType type,
            String unitName,
            String inspectors,
            String templateName,
            boolean completed,
            int passed,
            int failed) {}

    /** An item an inspection passed. */
    public record PassedItem(Long inspectionId, LocalDate inspectedOn, String text) {}

    private final JdbcClient jdbc;

    /** The inspections between the two days, oldest first. */
    public List<Row> of(long enterpriseId, LocalDate from, LocalDate to) {
        return jdbc.sql(
                        "select i.id, i.inspected_on, i.type, u.name as unit_name, i.inspectors, t.name as template_name,"
                                + " i.state = 'COMPLETED' as completed,"
                                + " count(r.item_id) filter (where r.outcome = 'PASS') as passed,"
                                + " count(r.item_id) filter (where r.outcome = 'FAIL') as failed"
                                + " from inspection i join unit u on u.id = i.unit_id"
                                + " left join checklist_template t on t.id = i.template_id"
                                + " left join inspection_result r on r.inspection_id = i.id"
                                + " where i.enterprise_id = :e and i.inspected_on between :from and :to"
                                + " group by i.id, u.name, t.name order by i.inspected_on, i.id")
                .param("e", enterpriseId)
                .param("from", from)
                .param("to", to)
                .query(Row.class)
                .list();
    }

    /**
     * The items of completed inspections between the two days that passed and whose text matches
     * the pattern (a PostgreSQL regular expression of words), oldest first; none without a pattern.
     */
    public List<PassedItem> passed(long enterpriseId, LocalDate from, LocalDate to, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return List.of();
        }
        return jdbc.sql("select i.id as inspection_id, i.inspected_on, c.text from inspection i"
                        + " join inspection_result r on r.inspection_id = i.id and r.outcome = 'PASS'"
                        + " join checklist_item c on c.id = r.item_id"
                        + " where i.enterprise_id = :e and i.inspected_on between :from and :to"
                        + " and i.state = 'COMPLETED' and c.text ~ :pattern order by i.inspected_on, i.id, c.position")
                .param("e", enterpriseId)
                .param("from", from)
                .param("to", to)
                .param("pattern", pattern)
                .query(PassedItem.class)
                .list();
    }
}
