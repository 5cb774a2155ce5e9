package app.redline.inspection;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspections that answer a campaign: one self-inspection per targeted enterprise, and the
 * visits of assigned inspectors. Each is an ordinary inspection carrying the campaign, so it is
 * filled and completed (and raises hazards) like any other.
 */
@Service
@RequiredArgsConstructor
public class CampaignInspections {

    private final InspectionRepository inspections;
    private final InspectionService service;
    private final Clock clock;
    private final JdbcClient jdbc;

    /** The enterprise's inspection of this kind (self-inspection or visit) in the campaign, if begun. */
    @Transactional(readOnly = true)
    public Optional<Long> find(Long campaignId, Long enterpriseId, boolean self) {
        return find(inspections, campaignId, enterpriseId, self);
    }

    private static Optional<Long> find(
            InspectionRepository inspections, Long campaignId, Long enterpriseId, boolean self) {
        return inspections
                .findFirstByCampaignIdAndEnterpriseIdAndTypeOrderByIdDesc(
                        campaignId,
                        enterpriseId,
                        self ? InspectionType.SELF_INSPECTION : InspectionType.SPECIAL_CAMPAIGN)
                .map(Inspection::getId);
    }

    /**
     * Takes the campaign's lock for this enterprise and kind (in the caller's transaction), then finds
     * its inspection if one is begun: a double click, a second tab or the new-inspection form waits
     * here for the first start and then finds it. One per campaign, enterprise and kind.
     */
    static Optional<Long> lockAndFind(
            JdbcClient jdbc, InspectionRepository inspections, Long campaignId, Long enterpriseId, boolean self) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
                .param("key", "campaign-inspection:" + campaignId + ":" + enterpriseId + ":" + self)
                .query(Object.class)
                .single();
        return find(inspections, campaignId, enterpriseId, self);
    }

    /**
     * Begins the user's inspection of a targeted enterprise in the campaign (the caller has checked
     * the target and the campaign's dates), or returns the one already begun.
     */
    @Transactional
    public Long start(SignedInUser user, Scope scope, Long campaignId, Long templateId, Long enterpriseId) {
        boolean self = user.unitId().equals(enterpriseId);
        Optional<Long> existing = lockAndFind(jdbc, inspections, campaignId, enterpriseId, self);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!service.mayInspect(user, scope, enterpriseId)) {
            throw new AccessDeniedException("May not inspect " + enterpriseId);
        }
        LocalDate today = LocalDate.now(clock);
        Inspection inspection = new Inspection(
                enterpriseId,
                user.unitId(),
                templateId,
                self ? InspectionType.SELF_INSPECTION : InspectionType.SPECIAL_CAMPAIGN,
                today,
                user.displayName(),
                null,
                null,
                user.id(),
                Instant.now(clock));
        inspection.answer(campaignId);
        return inspections.saveAndFlush(inspection).getId();
    }
}
