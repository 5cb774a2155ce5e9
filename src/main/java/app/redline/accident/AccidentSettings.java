package app.redline.accident;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The time limits of accident reports ({@code redline.accidents.*}; Decree No. 493 by default): the
 * enterprise reports within an hour of the accident, each department or government passes it up
 * within two hours of receiving it, and changed casualties are reported within 30 days (7 for road
 * traffic and fire accidents). The trace-back looks back this many months.
 */
@ConfigurationProperties("redline.accidents")
record AccidentSettings(
        @DefaultValue("PT1H") Duration firstReportWithin,
        @DefaultValue("PT2H") Duration upwardReportWithin,
        @DefaultValue("30") int followUpDays,
        @DefaultValue("7") int followUpDaysRoadAndFire,
        @DefaultValue("12") int traceBackMonths) {}
