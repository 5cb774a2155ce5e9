package app.redline.campaign;

import app.redline.account.Recipients;
import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.inspection.CampaignInspections;
import app.redline.notification.Notice;
import app.redline.notification.NotificationType;
import app.redline.notification.Notifications;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a campaign: the enterprise's self-inspection and the inspectors' visits begin here, a
 * supervisor sends inspectors to targets of their part and urges the targets that have not done
 * what the campaign asks.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class CampaignRuns {

    private final CampaignService campaigns;
    private final CampaignAccess access;
    private final OrganizationService organization;
    private final Recipients recipients;
    private final Notifications notifications;
    private final CampaignBoard board;
    private final CampaignInspections inspections;
    private final JdbcClient jdbc;
    private final Clock clock;

    /**
     * Begins (or resumes) the user's enterprise's self-inspection with the campaign's checklist, while
     * the campaign runs; returns the inspection's id.
     */
    @Transactional
    Long startSelfInspection(SignedInUser user, Scope scope, Long campaignId) {
        Campaign campaign = campaigns.load(user, scope, campaignId);
        if (!user.hasRole(Role.ENTERPRISE_MANAGER) || !scope.isSingleEnterprise()) {
            throw new AccessDeniedException("Only an enterprise's managers self-inspect");
        }
        if (!campaign.getMode().asksSelfInspection()) {
            throw new CampaignRefused("campaign.self.notAsked");
        }
        Optional<Long> begun = inspections.find(campaignId, scope.enterpriseId(), true);
        if (begun.isPresent()) {
            return begun.get();
        }
        requireOpen(campaign);
        return inspections.start(user, scope, campaignId, campaign.getTemplateId(), scope.enterpriseId());
    }

    /** Begins (or resumes) an inspector's visit to a target of the user's part, while the campaign runs. */
    @Transactional
    Long startVisit(SignedInUser user, Scope scope, Long campaignId, Long enterpriseId) {
        Campaign campaign = campaigns.load(user, scope, campaignId);
        if (!user.hasRole(Role.INSPECTOR) || scope.isSingleEnterprise()) {
            throw new AccessDeniedException("Only inspectors visit");
        }
        if (organization.covered(scope, List.of(enterpriseId)).isEmpty()
                || !campaigns.isTarget(campaignId, enterpriseId)) {
            throw new CampaignNotFoundException(campaignId);
        }
        if (!campaign.getMode().asksVisits()) {
            throw new CampaignRefused("campaign.visit.notAsked");
        }
        Optional<Long> begun = inspections.find(campaignId, enterpriseId, false);
        if (begun.isPresent()) {
            return begun.get();
        }
        requireOpen(campaign);
        return inspections.start(user, scope, campaignId, campaign.getTemplateId(), enterpriseId);
    }

    /** The enterprise's own inspection of this kind in the campaign, if begun. */
    Optional<Long> inspectionOf(Long campaignId, Long enterpriseId, boolean self) {
        return inspections.find(campaignId, enterpriseId, self);
    }

    private void requireOpen(Campaign campaign) {
        switch (campaign.phase(LocalDate.now(clock))) {
            case UPCOMING -> throw new CampaignRefused("campaign.notStarted");
            case ENDED -> throw new CampaignRefused("campaign.ended");
            case RUNNING -> {}
        }
    }

    /**
     * Sends an inspector to visit targets of the user's part. The inspector must be one the user
     * may send (of a department or government in the user's region) and must cover each enterprise.
     */
    @Transactional
    int assign(SignedInUser user, Scope scope, Long campaignId, Collection<Long> enterpriseIds, Long inspectorId) {
        Campaign campaign = campaigns.load(user, scope, campaignId);
        if (!access.mayRun(user, scope)) {
            throw new AccessDeniedException("Not allowed to assign visits");
        }
        if (!campaign.getMode().asksVisits()) {
            throw new CampaignRefused("campaign.assign.noVisits");
        }
        if (campaign.phase(LocalDate.now(clock)) == Campaign.Phase.ENDED) {
            throw new CampaignRefused("campaign.ended");
        }
        if (enterpriseIds.isEmpty()) {
            throw new CampaignRefused("campaign.assign.none");
        }
        var inspector = inspectors(scope).stream()
                .filter(i -> i.userId().equals(inspectorId))
                .findFirst()
                .orElseThrow(() -> new CampaignRefused("campaign.assign.inspector"));
        Set<Long> mine = organization.covered(scope, enterpriseIds);
        Set<Long> theirs = organization.covered(organization.scopeOf(inspector.unitId(), false), mine);
        if (mine.size() < new LinkedHashSet<>(enterpriseIds).size()) {
            throw new CampaignNotFoundException(campaignId);
        }
        if (theirs.size() < mine.size()) {
            throw new CampaignRefused("campaign.assign.outside");
        }
        return jdbc.sql("update campaign_target set inspector_id = :inspector, assigned_by = :by"
                        + " where campaign_id = :campaign and enterprise_id = any(:ids)")
                .param("inspector", inspectorId)
                .param("by", user.id())
                .param("campaign", campaignId)
                .param("ids", theirs.toArray(Long[]::new))
                .update();
    }

    /** The inspectors a supervisor with this scope may send on visits. */
    List<Recipients.Inspector> inspectors(Scope scope) {
        return scope.kind() == Scope.Kind.ALL
                ? recipients.inspectorsUnder(null)
                : recipients.inspectorsUnder(scope.regionCode());
    }

    /**
     * Urges the targets of the user's part that have not done what the campaign asks: the managers
     * of enterprises that have not self-inspected, the inspectors assigned to visits not made. Each
     * target is urged at most once a day. Returns how many targets were urged.
     */
    @Transactional
    int urgeOutstanding(SignedInUser user, Scope scope, Long campaignId) {
        Campaign campaign = campaigns.load(user, scope, campaignId);
        if (!access.mayRun(user, scope)) {
            throw new AccessDeniedException("Not allowed to urge");
        }
        LocalDate today = LocalDate.now(clock);
        if (campaign.phase(today) == Campaign.Phase.UPCOMING) {
            throw new CampaignRefused("campaign.urge.upcoming");
        }
        // Two urges at once (a double click, two supervisors) take turns: the second sees the targets
        // the first urged today and urges none of them again.
        jdbc.sql("select id from campaign where id = :id for update")
                .param("id", campaignId)
                .query(Long.class)
                .single();
        List<CampaignBoard.Outstanding> outstanding = board.outstanding(scope, campaign, null, Integer.MAX_VALUE);
        List<CampaignBoard.Outstanding> due =
                outstanding.stream().filter(o -> !today.equals(o.urgedOn())).toList();
        if (due.isEmpty()) {
            throw new CampaignRefused(outstanding.isEmpty() ? "campaign.urge.nothing" : "campaign.urge.today");
        }
        Set<Long> selfMissing = due.stream()
                .filter(o -> campaign.getMode().asksSelfInspection() && !o.selfInspected())
                .map(CampaignBoard.Outstanding::enterpriseId)
                .collect(Collectors.toSet());
        Set<Long> managers = new LinkedHashSet<>();
        recipients.enterprisePeople(selfMissing).values().forEach(p -> managers.addAll(p.managers()));
        Set<Long> inspectorsToUrge = due.stream()
                .filter(o -> campaign.getMode().asksVisits() && !o.visited() && o.inspectorId() != null)
                .map(CampaignBoard.Outstanding::inspectorId)
                .collect(Collectors.toSet());
        List<Notice> notices = new ArrayList<>();
        String detail = user.displayName() + " · " + campaign.getEndsOn();
        if (!managers.isEmpty()) {
            notices.add(Notice.aboutCampaign(
                    managers, NotificationType.CAMPAIGN_URGED, campaignId, campaign.getTitle(), detail));
        }
        if (!inspectorsToUrge.isEmpty()) {
            notices.add(Notice.aboutCampaign(
                    inspectorsToUrge, NotificationType.CAMPAIGN_URGED, campaignId, campaign.getTitle(), detail));
        }
        notifications.send(notices);
        jdbc.sql(
                        "update campaign_target set urged_on = :today where campaign_id = :campaign and enterprise_id = any(:ids)")
                .param("today", today)
                .param("campaign", campaignId)
                .param(
                        "ids",
                        due.stream()
                                .map(CampaignBoard.Outstanding::enterpriseId)
                                .toArray(Long[]::new))
                .update();
        return due.size();
    }
}
