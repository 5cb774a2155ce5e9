package app.redline.hazard;

import java.util.EnumSet;
import java.util.Set;
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
        @DefaultValue("1000") int batchSize) {

    /**
     * The steps a hazard is due, this many days overdue (negative: days before the deadline): the
     * reminder only while it is being rectified, and every step is judged by its threshold, so a run
     * after days of downtime sends what was missed.
     */
    Set<EscalationStep> due(long overdue, boolean rectifying) {
        Set<EscalationStep> steps = EnumSet.noneOf(EscalationStep.class);
        if (overdue <= 0 && -overdue <= reminderDays && rectifying) {
            steps.add(EscalationStep.REMINDER);
        }
        if (overdue >= overdueDays) {
            steps.add(EscalationStep.OVERDUE);
        }
        if (overdue >= governmentDays) {
            steps.add(EscalationStep.GOVERNMENT);
        }
        return steps;
    }

    /** The level reached by the thresholds, whether or not each step applied to this hazard. */
    int level(long overdue) {
        if (overdue >= governmentDays) {
            return EscalationStep.GOVERNMENT.level;
        }
        return overdue >= overdueDays ? EscalationStep.OVERDUE.level : EscalationStep.REMINDER.level;
    }
}
