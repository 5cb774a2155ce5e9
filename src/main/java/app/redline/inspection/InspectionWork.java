package app.redline.inspection;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.organization.OrganizationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspections that wait for their inspector (待我处理): drafts not completed yet, completed
 * inspections of a department or government that found hazards but have no rectification notice,
 * and the notices of the user's unit whose re-inspection is due within {@link #REINSPECTION_AHEAD}
 * days (or late) while a hazard they name is open.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class InspectionWork {

    /** What waits: a draft to finish, or a notice to issue. */
    public enum Step {
        FINISH_DRAFT,
        ISSUE_NOTICE,
        REINSPECT
    }

    /** How many days ahead a re-inspection shows as due. */
    static final int REINSPECTION_AHEAD = 3;

    /** The notices whose re-inspection is due for the user's unit (SQL over rectification_notice n). */
    private static final String REINSPECTIONS_DUE = """
            n.unit_id = :unit and :reinspects and n.reinspection_due <= :horizon
              and exists (select 1 from hazard h where h.notice_id = n.id
                          and h.state in ('REPORTED', 'RECTIFYING', 'PENDING_ACCEPTANCE'))
            """;

    /** One inspection waiting; its date is the inspection's, or for a re-inspection the day it is due. */
    public record Item(Step step, long inspectionId, String enterpriseName, LocalDate inspectedOn) {}

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Clock clock;

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
                  union all
                  (select 'REINSPECT', i.id, i.enterprise_id, n.reinspection_due from rectification_notice n
                   join inspection i on i.id = n.inspection_id
                   where\s""" + REINSPECTIONS_DUE + """
                   order by n.reinspection_due, n.id limit :limit)
                ) work order by step, inspected_on, id limit :limit
                """)
                .param("user", user.id())
                .param("limit", limit)
                .param("unit", user.unitId())
                .param("reinspects", reinspects(user))
                .param("horizon", LocalDate.now(clock).plusDays(REINSPECTION_AHEAD))
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
                        .single()
                + jdbc.sql("select count(*) from (select 1 from rectification_notice n where " + REINSPECTIONS_DUE
                                + " limit :cap) due")
                        .param("unit", user.unitId())
                        .param("reinspects", reinspects(user))
                        .param("horizon", LocalDate.now(clock).plusDays(REINSPECTION_AHEAD))
                        .param("cap", cap)
                        .query(Long.class)
                        .single();
    }

    /** Re-inspections are the issuing unit's inspectors' and supervisors' work. */
    private static boolean reinspects(SignedInUser user) {
        return user.hasRole(Role.INSPECTOR) || user.hasRole(Role.SUPERVISOR);
    }

    private record Row(Step step, long inspectionId, long enterpriseId, LocalDate inspectedOn) {}
}
