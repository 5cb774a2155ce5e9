package app.redline.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When statistics tables are due ({@code redline.reporting.*}), today's rules as defaults (a draft
 * national regulation may change them): a quarter's table 15 days after the quarter, the year's by
 * 31 January of the next year; late ones are urged automatically the day after the deadline and then
 * every {@code urgeEveryDays} days.
 */
@ConfigurationProperties("redline.reporting")
record ReportingSettings(
        @DefaultValue("15") int quarterDeadlineDays,
        @DefaultValue("1") int annualDeadlineMonth,
        @DefaultValue("31") int annualDeadlineDay,
        @DefaultValue("7") int urgeEveryDays,
        @DefaultValue("0 0 8 * * *") String urgeCron,
        @DefaultValue("true") boolean urgeEnabled) {

    LocalDate deadline(ReportPeriod period) {
        return period.deadline(quarterDeadlineDays, MonthDay.of(annualDeadlineMonth, annualDeadlineDay));
    }
}
