package app.redline.web;

import app.redline.account.CurrentUser;
import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.campaign.Campaign;
import app.redline.campaign.CampaignService;
import app.redline.hazard.HazardWork;
import app.redline.inspection.InspectionWork;
import app.redline.organization.Scope;
import app.redline.prevention.Investigations;
import app.redline.publicreport.PublicReportWork;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * What is the signed-in user's to do (待我处理), gathered from each feature: hazards whose next step
 * is theirs, inspections to finish or to issue a notice for, campaign self-inspections and visits.
 * The home page lists it, the header shows its count.
 */
@Component("myWork")
@RequiredArgsConstructor
public class MyWork {

    /** How many hazards and inspections the home page lists. */
    static final int SHOWN = 10;

    private final HazardWork hazards;
    private final InspectionWork inspections;
    private final CampaignService campaigns;
    private final Investigations investigations;
    private final PublicReportWork publicReports;
    private final CurrentUser currentUser;

    /** Everything waiting for the user. */
    public record Summary(
            HazardWork.Summary hazards,
            List<InspectionWork.Item> inspections,
            List<CampaignService.Visits> visits,
            List<CampaignService.Asked> selfInspections,
            long investigations,
            long publicReports) {

        public long total() {
            return hazards.total()
                    + inspections.size()
                    + visits.stream().mapToLong(v -> v.assigned() - v.visited()).sum()
                    + selfInspections.size()
                    + investigations
                    + publicReports;
        }
    }

    /**
     * Everything waiting for the user, given the campaign visits of an inspector and the campaign
     * tasks of the user's enterprise (the home page lists them as well; empty for other users).
     */
    Summary of(SignedInUser user, Scope scope, List<CampaignService.Visits> visits, List<CampaignService.Asked> asked) {
        return new Summary(
                hazards.of(user, scope, SHOWN),
                inspections.of(user, HazardWork.CAP),
                unfinished(visits),
                selfInspections(user, scope, asked),
                investigations.countFor(user),
                publicReports.waiting(user, scope));
    }

    /** The header's count: everything waiting for the user, at most {@link HazardWork#CAP} per kind. */
    public long count(SignedInUser user) {
        Scope scope = currentUser.scopeOf(user);
        return hazards.count(user, scope)
                + inspections.count(user, HazardWork.CAP)
                + unfinished(visits(user)).stream()
                        .mapToLong(v -> v.assigned() - v.visited())
                        .sum()
                + selfInspections(user, scope, asked(scope)).size()
                + investigations.countFor(user)
                + publicReports.waiting(user, scope);
    }

    /** An inspector's campaign visits (none for other users). */
    List<CampaignService.Visits> visits(SignedInUser user) {
        return user.hasRole(Role.INSPECTOR) ? campaigns.visitsOf(user.id()) : List.of();
    }

    /** The campaign tasks of the scope's enterprise (none for a wider scope). */
    List<CampaignService.Asked> asked(Scope scope) {
        return scope.isSingleEnterprise() ? campaigns.askedOf(scope.enterpriseId()) : List.of();
    }

    /** The campaign visits not all made yet. */
    private static List<CampaignService.Visits> unfinished(List<CampaignService.Visits> visits) {
        return visits.stream().filter(v -> v.visited() < v.assigned()).toList();
    }

    /** The running campaigns that ask the manager's enterprise for a self-inspection it has not completed. */
    private static List<CampaignService.Asked> selfInspections(
            SignedInUser user, Scope scope, List<CampaignService.Asked> asked) {
        if (!scope.isSingleEnterprise() || !user.hasRole(Role.ENTERPRISE_MANAGER)) {
            return List.of();
        }
        return asked.stream()
                .filter(a -> a.mode().asksSelfInspection() && !a.selfInspected())
                .filter(a -> a.phase() == Campaign.Phase.RUNNING)
                .toList();
    }
}
