package app.redline.hazard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the daily escalation runs and its thresholds ({@code redline.escalation.*}): a reminder this
 * many days before the deadline, the overdue notice once this many days are overdue, escalation to
 * the local government after this many overdue days.
 */
@ConfigurationProperties("redline.escalation")
record EscalationSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0 7 * * *") String cron,
        @DefaultValue("3") int reminderDays,
        @DefaultValue("1") int overdueDays,
        @DefaultValue("7") int governmentDays,
        @DefaultValue("1000") int batchSize) {}
