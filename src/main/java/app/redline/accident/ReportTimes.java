package app.redline.accident;

import app.redline.organization.RegionCode;
import app.redline.system.FieldProblem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The times of an accident's reports: when a time given on a form is acceptable (not before the
 * accident, not in the future), and when each kind of report is due (Decree No. 493, as configured).
 */
@Component
@RequiredArgsConstructor
class ReportTimes {

    /** How far ahead of the server's clock a time typed on a phone may be. */
    private static final long SLACK_MINUTES = 5;

    private final AccidentSettings settings;

    /** Refuses an accident in the future, and a report before the accident or in the future. */
    void check(Instant occurredAt, Instant reportedAt, Instant now) {
        Instant latest = now.plus(SLACK_MINUTES, ChronoUnit.MINUTES);
        if (occurredAt.isAfter(latest)) {
            throw new FieldProblem("occurredAt", "accident.occurredAt.future");
        }
        if (reportedAt.isBefore(occurredAt)) {
            throw new FieldProblem("reportedAt", "accident.reportedAt.beforeAccident");
        }
        if (reportedAt.isAfter(latest)) {
            throw new FieldProblem("reportedAt", "accident.reportedAt.future");
        }
    }

    /** The first report is due within an hour of the accident. */
    Instant firstDue(Instant occurredAt) {
        return occurredAt.plus(settings.firstReportWithin());
    }

    /**
     * A unit passes an accident up within the limit of receiving it: of the first report, or of a
     * report passed up by a unit below it (of a longer region code within its own), whichever came
     * last. {@code regions} gives the region code of each reporting unit.
     */
    Instant upwardDue(String ownRegion, List<AccidentReport> earlier, Map<Long, String> regions) {
        Instant received = earlier.stream()
                .filter(r -> r.getKind() == AccidentReport.Kind.INITIAL
                        || (r.getKind() == AccidentReport.Kind.UPWARD
                                && regions.getOrDefault(r.getUnitId(), "").length() > ownRegion.length()
                                && RegionCode.of(ownRegion).contains(regions.get(r.getUnitId()))))
                .map(AccidentReport::getReportedAt)
                .max(Instant::compareTo)
                .orElseThrow();
        return passedUpFrom(received);
    }

    Instant passedUpFrom(Instant received) {
        return received.plus(settings.upwardReportWithin());
    }

    /** Changed casualties are reported within 30 days of the accident (7 for road traffic and fire). */
    Instant followUpDue(Accident accident) {
        int days = accident.getType().countsSevenDays() ? settings.followUpDaysRoadAndFire() : settings.followUpDays();
        return accident.getOccurredAt().plus(days, ChronoUnit.DAYS);
    }
}
