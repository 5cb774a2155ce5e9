package app.redline.publicreport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of a case, kept forever (the table refuses updates and deletes). */
@Component
@RequiredArgsConstructor
class PublicReportEvents {

    enum Type {
        RECEIVED,
        TRANSFERRED,
        HAZARD_RAISED,
        DISMISSED,
        REWARD_PROPOSED,
        REWARD_APPROVED,
        REWARD_REFUSED,
        REWARD_PAID
    }

    /** A step of a case, with the names of the units it went from and to. */
    record Event(Instant at, Type type, String actor, String fromUnit, String toUnit, String comment) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    void record(Long reportId, Type type, Long actorId, Long fromUnitId, Long toUnitId, String comment) {
        jdbc.sql("insert into public_report_event (report_id, at, type, actor_id, from_unit_id, to_unit_id, comment)"
                        + " values (:report, :at, :type, :actor, :from, :to, :comment)")
                .param("report", reportId)
                .param("at", Timestamp.from(clock.instant()))
                .param("type", type.name())
                .param("actor", actorId)
                .param("from", fromUnitId)
                .param("to", toUnitId)
                .param("comment", comment)
                .update();
    }

    List<Event> of(Long reportId) {
        return jdbc.sql("select e.at, e.type, a.display_name as actor, f.name as from_unit, t.name as to_unit,"
                        + " e.comment from public_report_event e left join app_user a on a.id = e.actor_id"
                        + " left join unit f on f.id = e.from_unit_id left join unit t on t.id = e.to_unit_id"
                        + " where e.report_id = :id order by e.at, e.id")
                .param("id", reportId)
                .query(Event.class)
                .list();
    }
}
