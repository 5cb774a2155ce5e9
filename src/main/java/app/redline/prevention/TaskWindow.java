package app.redline.prevention;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * One window of a task's cycle, in the installation's time zone: an hour, a shift (00–08, 08–16,
 * 16–24), a day, a week from Monday, a month, a quarter or a year. A task is due once per window,
 * by its end.
 */
public record TaskWindow(Instant start, Instant end) {

    /** The window of the cycle that holds the instant. */
    static TaskWindow at(TaskCycle cycle, Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        LocalDate day = at.toLocalDate();
        return switch (cycle) {
            case HOUR -> {
                ZonedDateTime start = at.truncatedTo(ChronoUnit.HOURS);
                yield new TaskWindow(start.toInstant(), start.plusHours(1).toInstant());
            }
            case SHIFT -> {
                ZonedDateTime start = day.atStartOfDay(zone).plusHours(at.getHour() / 8 * 8L);
                yield new TaskWindow(start.toInstant(), start.plusHours(8).toInstant());
            }
            case DAY -> days(day, day.plusDays(1), zone);
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield days(monday, monday.plusWeeks(1), zone);
            }
            case MONTH -> days(day.withDayOfMonth(1), day.withDayOfMonth(1).plusMonths(1), zone);
            case QUARTER -> {
                LocalDate first = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
                yield days(first, first.plusMonths(3), zone);
            }
            case YEAR -> days(day.withDayOfYear(1), day.withDayOfYear(1).plusYears(1), zone);
        };
    }

    /** The windows of the cycle that end after {@code after} and no later than {@code upTo}, in order. */
    static List<TaskWindow> endingBetween(TaskCycle cycle, Instant after, Instant upTo, ZoneId zone) {
        List<TaskWindow> windows = new ArrayList<>();
        TaskWindow window = at(cycle, after, zone);
        while (!window.end().isAfter(upTo)) {
            windows.add(window);
            window = at(cycle, window.end(), zone);
        }
        return windows;
    }

    /** The windows of the cycle that start after {@code after} and no later than {@code upTo}, in order. */
    static List<TaskWindow> startingBetween(TaskCycle cycle, Instant after, Instant upTo, ZoneId zone) {
        List<TaskWindow> windows = new ArrayList<>();
        TaskWindow window = at(cycle, after, zone);
        if (!window.start().isAfter(after)) {
            window = at(cycle, window.end(), zone);
        }
        while (!window.start().isAfter(upTo)) {
            windows.add(window);
            window = at(cycle, window.end(), zone);
        }
        return windows;
    }

    /** The day a window's figures count on: the day it closes (its last moment's). */
    LocalDate day(ZoneId zone) {
        return end.minusNanos(1).atZone(zone).toLocalDate();
    }

    private static TaskWindow days(LocalDate first, LocalDate next, ZoneId zone) {
        return new TaskWindow(
                first.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant());
    }
}
