package app.redline.campaign;

import app.redline.account.SignedInUser;
import app.redline.organization.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads campaigns: the list, one campaign in reach, what a campaign asks of an enterprise and of an
 * inspector. A campaign is in a user's reach when its launching unit is the user's or one of its
 * targets is in the user's scope; the user's <em>part</em> is the targets in their scope. Anything
 * outside the reach is "not found". Launching is {@link CampaignLaunches}', running
 * {@link CampaignRuns}'.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class CampaignService {

    private final CampaignRepository campaigns;
    private final CampaignBoard board;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CampaignAccess access;

    /** Whether the user may launch a campaign (a supervisor of a government or department). */
    public boolean mayLaunch(app.redline.account.SignedInUser user, app.redline.organization.Scope scope) {
        return access.mayLaunch(user, scope);
    }

    record CampaignRow(Campaign campaign, Campaign.Phase phase, long part) {}

    /** A campaign asked of an enterprise, as its home page shows it. */
    public record Asked(
            Long campaignId,
            String title,
            CampaignMode mode,
            LocalDate startsOn,
            LocalDate endsOn,
            Campaign.Phase phase,
            boolean selfInspected,
            boolean begun) {}

    // ---- reading ------------------------------------------------------------------------------

    Page<CampaignRow> list(SignedInUser user, Scope scope, Campaign.Phase phase, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        Specification<Campaign> spec = CampaignAccess.inReach(user.unitId(), scope);
        if (phase != null) {
            spec = spec.and((c, q, cb) -> switch (phase) {
                case UPCOMING -> cb.greaterThan(c.get(Campaign_.startsOn), today);
                case RUNNING ->
                    cb.and(
                            cb.lessThanOrEqualTo(c.get(Campaign_.startsOn), today),
                            cb.greaterThanOrEqualTo(c.get(Campaign_.endsOn), today));
                case ENDED -> cb.lessThan(c.get(Campaign_.endsOn), today);
            });
        }
        Page<Campaign> page = campaigns.findAll(spec, pageable);
        Map<Long, Long> parts = partCounts(scope, page.map(Campaign::getId).toList());
        return page.map(c -> new CampaignRow(c, c.phase(today), parts.getOrDefault(c.getId(), 0L)));
    }

    Campaign load(SignedInUser user, Scope scope, Long id) {
        Specification<Campaign> withId = (c, q, cb) -> cb.equal(c.get(Campaign_.id), id);
        return campaigns
                .findOne(CampaignAccess.inReach(user.unitId(), scope).and(withId))
                .orElseThrow(() -> new CampaignNotFoundException(id));
    }

    /** A campaign in reach whose board the user follows (enterprises do not: they see their task). */
    Campaign followed(SignedInUser user, Scope scope, Long id) {
        Campaign campaign = load(user, scope, id);
        if (!CampaignAccess.mayFollow(scope)) {
            throw new AccessDeniedException("Enterprises do not follow the board of campaign " + id);
        }
        return campaign;
    }

    /** The campaigns asked of an enterprise that have not ended, soonest end first. */
    public List<Asked> askedOf(Long enterpriseId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select c.id, c.title, c.mode, c.starts_on, c.ends_on,"
                        + " exists (select 1 from inspection i where i.campaign_id = c.id and i.enterprise_id = t.enterprise_id"
                        + "   and i.type = 'SELF_INSPECTION' and i.state = 'COMPLETED') as done,"
                        + " exists (select 1 from inspection i where i.campaign_id = c.id and i.enterprise_id = t.enterprise_id"
                        + "   and i.type = 'SELF_INSPECTION') as begun"
                        + " from campaign_target t join campaign c on c.id = t.campaign_id"
                        + " where t.enterprise_id = :enterprise and c.ends_on >= :today"
                        + " order by c.ends_on, c.id limit 20")
                .param("enterprise", enterpriseId)
                .param("today", today)
                .query((rs, n) -> {
                    LocalDate starts = rs.getObject("starts_on", LocalDate.class);
                    LocalDate ends = rs.getObject("ends_on", LocalDate.class);
                    return new Asked(
                            rs.getLong("id"),
                            rs.getString("title"),
                            CampaignMode.valueOf(rs.getString("mode")),
                            starts,
                            ends,
                            today.isBefore(starts) ? Campaign.Phase.UPCOMING : Campaign.Phase.RUNNING,
                            rs.getBoolean("done"),
                            rs.getBoolean("begun"));
                })
                .list();
    }

    /** An inspector's visits in a running campaign: how many are assigned and how many made. */
    public record Visits(Long campaignId, String title, LocalDate endsOn, long assigned, long visited) {}

    /** The inspector's visits in the campaigns that have not ended, soonest end first. */
    public List<Visits> visitsOf(Long inspectorId) {
        return jdbc.sql("select c.id, c.title, c.ends_on, count(*) as assigned,"
                        + " count(*) filter (where exists (select 1 from inspection i where i.campaign_id = c.id"
                        + "   and i.enterprise_id = t.enterprise_id and i.type = 'SPECIAL_CAMPAIGN'"
                        + "   and i.state = 'COMPLETED')) as visited"
                        + " from campaign_target t join campaign c on c.id = t.campaign_id"
                        + " where t.inspector_id = :inspector and c.ends_on >= :today"
                        + " group by c.id, c.title, c.ends_on order by c.ends_on, c.id limit 20")
                .param("inspector", inspectorId)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> new Visits(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getLong("assigned"),
                        rs.getLong("visited")))
                .list();
    }

    /** Whether the enterprise is one of the campaign's targets. */
    boolean isTarget(Long campaignId, Long enterpriseId) {
        return jdbc.sql("select count(*) from campaign_target where campaign_id = :c and enterprise_id = :e")
                        .param("c", campaignId)
                        .param("e", enterpriseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** How many of each campaign's targets are in the scope: one grouped query. */
    private Map<Long, Long> partCounts(Scope scope, List<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        return board.partCounts(scope, campaignIds);
    }
}
