package app.redline.accident;

import app.redline.campaign.CampaignHistory;
import app.redline.hazard.HazardGrade;
import app.redline.hazard.HazardHistory;
import app.redline.hazard.HazardState;
import app.redline.inspection.InspectionHistory;
import app.redline.organization.Scope;
import app.redline.prevention.PreventionHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trace-back (责任倒查) of an accident: everything Redline knew about the enterprise in the
 * months before it — inspections (and the items they passed that concern the accident's type),
 * hazards and how their loops ended, the campaigns it was a target of, its risk units and missed
 * investigations — for whoever sees the accident.
 */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class TraceBack {

    record Report(
            Accident accident,
            String enterpriseName,
            LocalDate from,
            LocalDate to,
            List<InspectionHistory.Row> inspections,
            List<InspectionHistory.PassedItem> passedItems,
            List<HazardHistory.Row> hazards,
            List<CampaignHistory.Row> campaigns,
            PreventionHistory.Summary prevention,
            List<PreventionHistory.MissedTask> missed) {

        public long majorHazards() {
            return hazards.stream().filter(h -> h.grade() == HazardGrade.MAJOR).count();
        }

        public long openHazards() {
            return hazards.stream().filter(h -> h.state() != HazardState.CLOSED).count();
        }

        public long overdueHazards() {
            return hazards.stream().filter(HazardHistory.Row::overdue).count();
        }

        public long rejectedHazards() {
            return hazards.stream().filter(h -> h.rejections() > 0).count();
        }

        public boolean hazardsCut() {
            return hazards.size() >= HazardHistory.LIMIT;
        }

        public long campaignsNotDone() {
            return campaigns.stream()
                    .filter(c -> !c.selfInspected() && !c.visited())
                    .count();
        }
    }

    private final Accidents accidents;
    private final AccidentSettings settings;
    private final InspectionHistory inspections;
    private final HazardHistory hazards;
    private final CampaignHistory campaigns;
    private final PreventionHistory prevention;
    private final Clock clock;

    Report of(Scope scope, long id) {
        Accident accident = accidents.load(scope, id);
        if (accident.isAtSite()) {
            // Nothing was known about a place that is not an enterprise.
            throw new AccidentNotFoundException(id);
        }
        long enterprise = accident.getEnterpriseId();
        LocalDate to = LocalDate.ofInstant(accident.getOccurredAt(), clock.getZone());
        LocalDate from = to.minusMonths(settings.traceBackMonths());
        return new Report(
                accident,
                accidents.enterpriseName(enterprise),
                from,
                to,
                inspections.of(enterprise, from, to),
                inspections.passed(enterprise, from, to, accident.getType().itemWords()),
                hazards.of(enterprise, from, to),
                campaigns.of(enterprise, from, to),
                prevention.summary(enterprise, from, to),
                prevention.missed(
                        enterprise, from.atStartOfDay(clock.getZone()).toInstant(), accident.getOccurredAt()));
    }
}
