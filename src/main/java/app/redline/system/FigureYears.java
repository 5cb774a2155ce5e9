package app.redline.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The year a page of figures shows: the one asked for when it is a year with figures (2000 to this
 * one), else this one; the five years its year select offers; and where a year begins, as a
 * statement parameter.
 */
public final class FigureYears {

    private FigureYears() {}

    public static int shown(Integer requested, Clock clock) {
        int current = LocalDate.now(clock).getYear();
        return requested == null || requested < 2000 || requested > current ? current : requested;
    }

    public static List<Integer> recent(Clock clock) {
        int current = LocalDate.now(clock).getYear();
        return List.of(current, current - 1, current - 2, current - 3, current - 4);
    }

    /** The first instant of the year in the zone. */
    public static Timestamp start(int year, ZoneId zone) {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
    }
}
