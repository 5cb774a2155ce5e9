package app.redline.accident;

import app.redline.notification.Notice;
import app.redline.notification.NotificationType;
import app.redline.notification.Notifications;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whom a report of an accident reaches: in every department and government that supervises the
 * enterprise, up the chain as far as the accident's level goes, whoever is on duty that day — or,
 * where nobody is, the unit's supervisors. Each call is kept with the report; a later report tells
 * everyone told before, and the units a higher level now reaches.
 */
@Component
@RequiredArgsConstructor
class AccidentCalls {

    record Call(
            Long unitId, String unitName, Long userId, String name, boolean onDuty, String dutyRole, String phone) {}

    /**
     * The departments and governments that supervise the accident (parameters {@code e}, {@code
     * region}, {@code industries}): those of its enterprise, or, at a place that is not one, the
     * governments and comprehensive departments of its region and the departments of its industry.
     */
    static final String SUPERVISORS = "select v.supervisor_id from supervision v where v.enterprise_id = :e"
            + " union select s.id from unit s where :e = -1 and s.active and s.type in ('GOVERNMENT', 'DEPARTMENT')"
            + " and :region like s.region_code || '%' and (s.type = 'GOVERNMENT' or s.comprehensive or exists ("
            + "  select 1 from unit_industry si join industry_lineage l on l.ancestor = si.industry_code"
            + "  where si.unit_id = s.id and l.code = any(cast(:industries as text[]))))";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final Notifications notifications;

    /** Tells the chain of a new or changed accident; returns the calls made for this report. */
    List<Call> call(Accident accident, long reportId, String enterpriseName, LocalDate day, boolean first) {
        List<Call> due = record(accident, reportId, day);
        List<Long> toldBefore = first
                ? List.of()
                : jdbc.sql("select distinct user_id from accident_notice where accident_id = :a and report_id <> :r")
                        .param("a", accident.getId())
                        .param("r", reportId)
                        .query(Long.class)
                        .list();
        Set<Long> fresh = due.stream().map(Call::userId).collect(Collectors.toCollection(LinkedHashSet::new));
        String subject = enterpriseName + " · " + accident.getPlace();
        notifications.send(List.of(
                Notice.about(fresh, NotificationType.ACCIDENT, accident.getId(), subject, null),
                Notice.about(
                        toldBefore.stream().filter(u -> !fresh.contains(u)).toList(),
                        NotificationType.ACCIDENT_REPORT,
                        accident.getId(),
                        subject,
                        null)));
        return due;
    }

    /**
     * Finds whom the report must reach that no earlier report of the accident reached, and keeps
     * the calls with the report (without notifying anyone: {@link #call} does).
     */
    List<Call> record(Accident accident, long reportId, LocalDate day) {
        List<Call> due = jdbc.sql("with units as ("
                        + "  select s.id as unit_id from unit s where s.id in (" + SUPERVISORS
                        + ") and length(s.region_code) >= :reach"
                        + "    and s.id not in (select n.unit_id from accident_notice n where n.accident_id = :a)),"
                        + " on_duty as ("
                        + "  select d.unit_id, d.user_id, d.role, d.phone from duty_shift d join units using (unit_id)"
                        + "  join app_user a on a.id = d.user_id and a.enabled where d.day = :day)"
                        + " select o.unit_id, s.name as unit_name, o.user_id, a.display_name as name, true as on_duty,"
                        + "  o.role as duty_role, o.phone from on_duty o join unit s on s.id = o.unit_id"
                        + "  join app_user a on a.id = o.user_id"
                        + " union all"
                        + " select u.unit_id, s.name, a.id, a.display_name, false, null, a.phone from units u"
                        + "  join unit s on s.id = u.unit_id join app_user a on a.unit_id = u.unit_id and a.enabled"
                        + "  join user_role r on r.user_id = a.id and r.role = 'SUPERVISOR'"
                        + "  where not exists (select 1 from on_duty o where o.unit_id = u.unit_id)"
                        + " order by 2, 5 desc, 6, 4")
                .param("e", accident.getEnterpriseId() == null ? -1L : accident.getEnterpriseId())
                .param("region", accident.getRegionCode())
                .param("industries", accident.getIndustries())
                .param("reach", accident.getLevel().reachesCodeLength())
                .param("a", accident.getId())
                .param("day", day)
                .query(Call.class)
                .list();
        jdbcTemplate.batchUpdate(
                "insert into accident_notice (accident_id, report_id, unit_id, user_id, on_duty, duty_role, phone)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                due.stream()
                        .map(c -> new Object[] {
                            accident.getId(), reportId, c.unitId(), c.userId(), c.onDuty(), c.dutyRole(), c.phone()
                        })
                        .toList());
        return due;
    }

    /** Everyone a report of the accident reached, first the people on duty, by unit. */
    List<Call> of(long accidentId) {
        return jdbc
                .sql("select distinct on (n.unit_id, n.user_id) n.unit_id, s.name as unit_name, n.user_id,"
                        + " a.display_name as name, n.on_duty, n.duty_role, n.phone from accident_notice n"
                        + " join unit s on s.id = n.unit_id join app_user a on a.id = n.user_id"
                        + " where n.accident_id = :a order by n.unit_id, n.user_id, n.report_id")
                .param("a", accidentId)
                .query(Call.class)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Call::unitName)
                        .thenComparing(c -> !c.onDuty())
                        .thenComparing(c -> c.dutyRole() == null ? "" : c.dutyRole())
                        .thenComparing(Call::name))
                .toList();
    }
}
