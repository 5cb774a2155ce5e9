package app.redline.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period reported on: a quarter of a year (1–4), or the whole year (quarter 0). Written
 * {@code 2026-Q3} or {@code 2026} in addresses.
 */
public record ReportPeriod(int year, int quarter) {

    private static final Pattern CODE = Pattern.compile("(20\\d\\d)(?:-Q([1-4]))?");

    public ReportPeriod {
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    /** The period an address names, or empty for anything else. */
    public static Optional<ReportPeriod> parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new ReportPeriod(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
    }

    public String code() {
        return annual() ? String.valueOf(year) : year + "-Q" + quarter;
    }

    public boolean annual() {
        return quarter == 0;
    }

    public LocalDate from() {
        return annual() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, quarter * 3 - 2, 1);
    }

    public LocalDate to() {
        return annual() ? LocalDate.of(year, 12, 31) : from().plusMonths(3).minusDays(1);
    }

    /** Whether it has ended by this day (a table is signed for an ended period only). */
    public boolean endedBy(LocalDate today) {
        return today.isAfter(to());
    }

    /** The day it is due: so many days after a quarter, on a day of the next year for the year. */
    public LocalDate deadline(int quarterDays, MonthDay annualDay) {
        return annual() ? annualDay.atYear(year + 1) : to().plusDays(quarterDays);
    }

    /**
     * The periods an enterprise reports on lately, the newest first: the last {@code quarters} ended
     * quarters and the last ended year.
     */
    public static List<ReportPeriod> recent(LocalDate today, int quarters) {
        List<ReportPeriod> periods = new ArrayList<>();
        ReportPeriod quarter = new ReportPeriod(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).previous();
        for (int i = 0; i < quarters; i++) {
            periods.add(quarter);
            if (quarter.quarter() == 4) {
                periods.add(new ReportPeriod(quarter.year(), 0));
            }
            quarter = quarter.previous();
        }
        return periods;
    }

    /** The quarter before this one. */
    ReportPeriod previous() {
        return quarter == 1 ? new ReportPeriod(year - 1, 4) : new ReportPeriod(year, quarter - 1);
    }
}
