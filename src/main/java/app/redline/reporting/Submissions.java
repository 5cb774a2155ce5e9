package app.redline.reporting;

import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.notification.Notice;
import app.redline.notification.NotificationType;
import app.redline.notification.Notifications;
import app.redline.organization.OrganizationService;
import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import app.redline.organization.UnitType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who submitted a period's statistics table, as supervisors follow it: the active enterprises of
 * their scope (and of a region and industry of it) counted and listed as submitted on time, late,
 * or not submitted — missing once the deadline has passed — in SQL over the enterprises' keys; and
 * urging those that have not, by hand (once a day per enterprise) or by Redline after the deadline.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Submissions {

    /** What an enterprise did about a period. */
    public enum Status {
        ON_TIME,
        LATE,
        /** Not submitted, and the deadline has passed. */
        MISSING,
        /** Not submitted, not due yet. */
        NOT_YET
    }

    /** The filter of the list: everything, or one status (MISSING and NOT_YET both mean "not submitted"). */
    public enum Show {
        ALL,
        SUBMITTED,
        LATE,
        NOT_SUBMITTED
    }

    public record Counts(long total, long onTime, long late, long notSubmitted) {}

    public record Row(long enterpriseId, String name, Status status, Instant signedAt, LocalDate lastUrged) {}

    private final ReportingSettings settings;
    private final OrganizationService organization;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    public LocalDate deadline(ReportPeriod period) {
        return settings.deadline(period);
    }

    /** Whether the user follows submissions: supervisors and inspectors of departments and governments, administrators. */
    public boolean follows(SignedInUser user) {
        UnitType type = organization.unitType(user.unitId()).orElse(UnitType.OPERATOR);
        return type != UnitType.ENTERPRISE;
    }

    /** Whether the user urges enterprises: supervisors and inspectors of departments and governments. */
    public boolean mayUrge(SignedInUser user) {
        UnitType type = organization.unitType(user.unitId()).orElse(UnitType.OPERATOR);
        return (type == UnitType.DEPARTMENT || type == UnitType.GOVERNMENT)
                && (user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.INSPECTOR));
    }

    /**
     * The counts of a scope (and region and industry of it): from the roll-ups of the enterprises
     * and of the tables signed, a few rows whatever the number of enterprises; an enterprise's own
     * people count their own.
     */
    public Counts counts(Scope scope, ReportPeriod period, String region, String industry) {
        if (scope.isSingleEnterprise()) {
            Where where = where(scope, period, null, null);
            return jdbc.sql("select count(*), count(r.enterprise_id) filter (where not r.late),"
                            + " count(r.enterprise_id) filter (where r.late) from " + where.keys + " k"
                            + " left join statistics_report r on r.enterprise_id = k.enterprise_id"
                            + " and r.year = :year and r.quarter = :quarter")
                    .params(where.params)
                    .query((rs, n) -> counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                    .single();
        }
        RollUpWhere roll = RollUpWhere.of(scope, region, industry);
        long total = jdbc.sql("select coalesce(sum(n), 0) from enterprise_tally where " + roll.sql())
                .params(roll.params())
                .query(Long.class)
                .single();
        return jdbc.sql("select coalesce(sum(n) filter (where not late), 0), coalesce(sum(n) filter (where late), 0)"
                        + " from statistics_tally where year = :year and quarter = :quarter and " + roll.sql())
                .params(roll.params())
                .param("year", period.year())
                .param("quarter", period.quarter())
                .query((rs, n) -> counts(total, rs.getLong(1), rs.getLong(2)))
                .single();
    }

    private static Counts counts(long total, long onTime, long late) {
        return new Counts(total, onTime, late, Math.max(0, total - onTime - late));
    }

    /**
     * A page of the enterprises: those that have not submitted first, then those that have, each in
     * the order they were registered. Each part is read in that order from an index and stops at the
     * page's end; the total is the counts' (which the page shows anyway).
     */
    public Page<Row> list(
            Scope scope, ReportPeriod period, String region, String industry, Show show, Counts counts, Pageable page) {
        Where where = where(scope, period, region, industry);
        long total = switch (show) {
            case ALL -> counts.total();
            case SUBMITTED -> counts.onTime() + counts.late();
            case LATE -> counts.late();
            case NOT_SUBMITTED -> counts.notSubmitted();
        };
        long offset = page.getOffset();
        int size = page.getPageSize();
        List<Row> rows = new ArrayList<>();
        if (show == Show.ALL || show == Show.NOT_SUBMITTED) {
            rows.addAll(notSubmitted(where, period, offset, size));
            offset = Math.max(0, offset - counts.notSubmitted());
        }
        if (show != Show.NOT_SUBMITTED && rows.size() < size) {
            rows.addAll(submitted(where, show == Show.LATE, offset, size - rows.size()));
        }
        return new PageImpl<>(rows, page, total);
    }

    private List<Row> notSubmitted(Where where, ReportPeriod period, long offset, int limit) {
        Status status = LocalDate.now(clock).isAfter(deadline(period)) ? Status.MISSING : Status.NOT_YET;
        return jdbc.sql("select p.enterprise_id, e.name, (select max(u.urged_on) from statistics_urge u"
                        + " where u.enterprise_id = p.enterprise_id and u.year = :year and u.quarter = :quarter)"
                        + " from (select k.enterprise_id from " + where.keys + " k where not exists"
                        + " (select 1 from statistics_report r where r.enterprise_id = k.enterprise_id"
                        + " and r.year = :year and r.quarter = :quarter)"
                        + " order by k.enterprise_id limit :limit offset :offset) p"
                        + " join unit e on e.id = p.enterprise_id order by p.enterprise_id")
                .params(where.params)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) ->
                        new Row(rs.getLong(1), rs.getString(2), status, null, rs.getObject(3, LocalDate.class)))
                .list();
    }

    private List<Row> submitted(Where where, boolean lateOnly, long offset, int limit) {
        return jdbc.sql("select p.enterprise_id, e.name, p.signed_at, p.late from (select r.enterprise_id,"
                        + " r.signed_at, r.late from statistics_report r join " + where.keys + " k"
                        + " on k.enterprise_id = r.enterprise_id where r.year = :year and r.quarter = :quarter"
                        + (lateOnly ? " and r.late" : "")
                        + " order by r.enterprise_id limit :limit offset :offset) p"
                        + " join unit e on e.id = p.enterprise_id order by p.enterprise_id")
                .params(where.params)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBoolean(4) ? Status.LATE : Status.ON_TIME,
                        rs.getTimestamp(3).toInstant(),
                        null))
                .list();
    }

    /** A supervisor urges an enterprise of the scope that has not submitted; at most once a day. */
    @Transactional
    public void urge(SignedInUser user, Scope scope, long enterpriseId, ReportPeriod period) {
        organization.enterprise(scope, enterpriseId);
        if (!mayUrge(user)) {
            throw new AccessDeniedException("Only supervisors urge statistics tables");
        }
        boolean signed = jdbc.sql("select exists (select 1 from statistics_report where enterprise_id = :e"
                        + " and year = :y and quarter = :q)")
                .param("e", enterpriseId)
                .param("y", period.year())
                .param("q", period.quarter())
                .query(Boolean.class)
                .single();
        if (signed) {
            throw new StatisticsRefused("statistics.urge.submitted");
        }
        int urged = jdbc.sql("insert into statistics_urge (enterprise_id, year, quarter, urged_on, urged_by)"
                        + " values (:e, :y, :q, :day, :user) on conflict do nothing")
                .param("e", enterpriseId)
                .param("y", period.year())
                .param("q", period.quarter())
                .param("day", LocalDate.now(clock))
                .param("user", user.id())
                .update();
        if (urged == 0) {
            throw new StatisticsRefused("statistics.urge.alreadyToday");
        }
        tell(List.of(enterpriseId), period, user.unitName());
    }

    /**
     * Urges, as Redline, every active enterprise that has not submitted a period whose deadline has
     * passed: the day after the deadline, then every {@code urgeEveryDays} days. Returns how many.
     */
    @Transactional
    public int urgeLate(ReportPeriod period, LocalDate today) {
        LocalDate deadline = deadline(period);
        long days = java.time.temporal.ChronoUnit.DAYS.between(deadline, today);
        if (days < 1 || (days - 1) % settings.urgeEveryDays() != 0) {
            return 0;
        }
        List<Long> urged = jdbc.sql("""
                        insert into statistics_urge (enterprise_id, year, quarter, urged_on, urged_by)
                        select k.enterprise_id, :y, :q, :day, null from enterprise_key k
                        where k.active and not exists (select 1 from statistics_report r
                            where r.enterprise_id = k.enterprise_id and r.year = :y and r.quarter = :q)
                        on conflict do nothing
                        returning enterprise_id""")
                .param("y", period.year())
                .param("q", period.quarter())
                .param("day", today)
                .query(Long.class)
                .list();
        for (int from = 0; from < urged.size(); from += 1000) {
            tell(urged.subList(from, Math.min(urged.size(), from + 1000)), period, null);
        }
        return urged.size();
    }

    /** Tells the enterprises' principals and safety managers to submit. */
    private void tell(Collection<Long> enterprises, ReportPeriod period, String urgedBy) {
        Map<Long, List<Long>> people = new HashMap<>();
        jdbc.sql(
                        "select u.unit_id, u.id from app_user u where u.enabled and u.unit_id in (:ids) and exists"
                                + " (select 1 from user_role r where r.user_id = u.id and r.role in ('PRINCIPAL', 'ENTERPRISE_MANAGER'))")
                .param("ids", enterprises)
                .query((rs, n) -> people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        String detail = deadline(period) + (urgedBy == null ? "" : " · " + urgedBy);
        List<Notice> notices = new ArrayList<>();
        people.values()
                .forEach(to -> notices.add(
                        new Notice(Set.copyOf(to), NotificationType.STATISTICS_URGED, null, period.code(), detail)));
        notifications.send(notices);
    }

    /** The scope's active enterprises' keys as a table expression ({@code keys}), with the period. */
    private record Where(String keys, Map<String, Object> params) {}

    private Where where(Scope scope, ReportPeriod period, String region, String industry) {
        Map<String, Object> params = new HashMap<>();
        params.put("year", period.year());
        params.put("quarter", period.quarter());
        if (scope.isSingleEnterprise()) {
            params.put("enterprise", scope.enterpriseId());
            return new Where(
                    "(select enterprise_id from enterprise_key where active and enterprise_id = :enterprise)", params);
        }
        RollUpWhere roll = RollUpWhere.of(scope, region, industry);
        params.putAll(roll.params());
        return new Where("(select enterprise_id from enterprise_key where active and " + roll.sql() + ")", params);
    }
}
