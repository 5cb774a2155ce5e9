package app.redline.inspection;

import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspections that wait for their inspector (待我处理): drafts not completed yet, and completed
 * inspections of a department or government that found hazards but have no rectification notice.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class InspectionWork {

    /** What waits: a draft to finish, or a notice to issue. */
    public enum Step {
        FINISH_DRAFT,
        ISSUE_NOTICE
    }

    public record Item(Step step, long inspectionId, String enterpriseName, LocalDate inspectedOn) {}

    private final JdbcClient jdbc;
    private final OrganizationService organization;

    /** The user's inspections waiting, drafts first then notices, oldest first, at most {@code limit}. */
    public List<Item> of(SignedInUser user, int limit) {
        List<Row> rows = jdbc.sql("""
                select * from (
                  (select 'FINISH_DRAFT' as step, i.id, i.enterprise_id, i.inspected_on from inspection i
                   where i.created_by = :user and i.state = 'DRAFT' order by i.inspected_on, i.id limit :limit)
                  union all
                  (select 'ISSUE_NOTICE', i.id, i.enterprise_id, i.inspected_on from inspection i
                   where i.created_by = :user and i.state = 'COMPLETED' and i.hazards_raised > 0
                     and i.type <> 'SELF_INSPECTION'
                     and not exists (select 1 from rectification_notice n where n.inspection_id = i.id)
                   order by i.inspected_on, i.id limit :limit)
                ) work order by step, inspected_on, id limit :limit
                """)
                .param("user", user.id())
                .param("limit", limit)
                .query((rs, n) -> new Row(
                        Step.valueOf(rs.getString("step")),
                        rs.getLong("id"),
                        rs.getLong("enterprise_id"),
                        rs.getObject("inspected_on", LocalDate.class)))
                .list();
        Map<Long, String> names =
                organization.unitNames(rows.stream().map(Row::enterpriseId).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new Item(r.step(), r.inspectionId(), names.get(r.enterpriseId()), r.inspectedOn()))
                .toList();
    }

    /** How many inspections wait for the user (the header's count), at most {@code cap}. */
    public long count(SignedInUser user, int cap) {
        return jdbc.sql("""
                select count(*) from (select 1 from inspection i
                  where i.created_by = :user and (i.state = 'DRAFT' or (i.state = 'COMPLETED' and i.hazards_raised > 0
                    and i.type <> 'SELF_INSPECTION'
                    and not exists (select 1 from rectification_notice n where n.inspection_id = i.id)))
                  limit :cap) waiting
                """)
                .param("user", user.id())
                .param("cap", cap)
                .query(Long.class)
                .single();
    }

    private record Row(Step step, long inspectionId, long enterpriseId, LocalDate inspectedOn) {}
}
