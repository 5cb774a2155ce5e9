package app.redline.hazard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise's hazard figures for a period, as its statistics table (Order No. 16, Art. 14)
 * gives them: found by grade and by whom, rectified by grade, still open and overdue at the period's
 * end, listed for supervision; and its major hazards of the period. One query each, over the
 * enterprise's own hazards.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class HazardFigures {

    /** The figures of one enterprise and period. */
    public record Figures(
            int foundGeneral,
            int foundMajor,
            int selfFound,
            int departmentFound,
            int rectifiedGeneral,
            int rectifiedMajor,
            int rectifiedOfFound,
            int openGeneral,
            int openMajor,
            int overdue,
            int listed) {

        /** The figures in the table's order, for its content hash and its export. */
        public List<Integer> inOrder() {
            return List.of(
                    foundGeneral,
                    foundMajor,
                    selfFound,
                    departmentFound,
                    rectifiedGeneral,
                    rectifiedMajor,
                    rectifiedOfFound,
                    openGeneral,
                    openMajor,
                    overdue,
                    listed);
        }

        public int found() {
            return foundGeneral + foundMajor;
        }

        /** The share of the period's hazards rectified by its end, in percent (null when none were found). */
        public Integer rectificationRate() {
            return found() == 0 ? null : (int) Math.round(100.0 * rectifiedOfFound / found());
        }
    }

    /** A major hazard of the period: found in it, or still open in it. */
    public record MajorLine(
            long hazardId,
            String description,
            LocalDate reportedOn,
            String state,
            boolean listed,
            LocalDate closedOn) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public Figures of(long enterpriseId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select
                          count(*) filter (where reported_on >= :from and grade = 'GENERAL'),
                          count(*) filter (where reported_on >= :from and grade = 'MAJOR'),
                          count(*) filter (where reported_on >= :from and self_found),
                          count(*) filter (where reported_on >= :from and not self_found),
                          count(*) filter (where closed_on between :from and :to and grade = 'GENERAL'),
                          count(*) filter (where closed_on between :from and :to and grade = 'MAJOR'),
                          count(*) filter (where reported_on >= :from and closed_on <= :to),
                          count(*) filter (where (closed_on is null or closed_on > :to) and grade = 'GENERAL'),
                          count(*) filter (where (closed_on is null or closed_on > :to) and grade = 'MAJOR'),
                          count(*) filter (where (closed_on is null or closed_on > :to) and deadline < :to),
                          (select count(distinct e.hazard_id) from hazard_event e join hazard l on l.id = e.hazard_id
                            where l.enterprise_id = :enterprise and e.type = 'LISTED'
                              and e.at >= :fromAt and e.at < :toAt)
                        from hazard
                        where enterprise_id = :enterprise and reported_on <= :to""")
                .param("enterprise", enterpriseId)
                .param("from", from)
                .param("to", to)
                .param(
                        "fromAt",
                        Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()))
                .param(
                        "toAt",
                        Timestamp.from(
                                to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .query((rs, n) -> new Figures(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getInt(11)))
                .single();
    }

    /** The major hazards found in the period or still open in it, oldest first. */
    public List<MajorLine> majors(long enterpriseId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, description, reported_on, state, listed_at is not null, closed_on from hazard
                        where enterprise_id = :enterprise and grade = 'MAJOR' and reported_on <= :to
                          and (closed_on is null or closed_on >= :from)
                        order by reported_on, id""")
                .param("enterprise", enterpriseId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new MajorLine(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }
}
