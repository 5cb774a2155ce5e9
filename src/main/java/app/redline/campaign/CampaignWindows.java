package app.redline.campaign;

import app.redline.hazard.CampaignWindow;
import app.redline.organization.Scope;
import app.redline.system.KeptValues;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells hazards and inspections a campaign's title and whether it takes inspections on a day.
 *
 * <p>The campaigns in a user's reach (the ledger's campaign picker, on every view of it) are kept
 * per unit and scope on this instance: a launch here forgets them when it commits; a launch on
 * another instance, or an enterprise or region moved into or out of a scope, shows within {@code
 * redline.reference.recent-for} (60 s; zero reads them every time, as the tests do).
 */
@Component
@Transactional(readOnly = true)
class CampaignWindows implements CampaignWindow {

    /** At most this many units' and scopes' pickers are kept (all are forgotten beyond it). */
    static final int KEPT = 10_000;

    private record Reach(Long unitId, Scope scope, int limit) {}

    private final CampaignRepository campaigns;
    private final KeptValues<Reach, List<Option>> kept;

    CampaignWindows(CampaignRepository campaigns, @Value("${redline.reference.recent-for:60s}") Duration recentFor) {
        this.campaigns = campaigns;
        this.kept = new KeptValues<>(recentFor, KEPT);
    }

    /** A campaign was launched: the pickers are read afresh (now and once the launch commits). */
    public void launched() {
        kept.forgetAllNowAndAtTheEnd();
    }

    @Override
    public Optional<String> title(Long campaignId) {
        return campaigns.findById(campaignId).map(Campaign::getTitle);
    }

    @Override
    public Optional<String> titleInReach(Long campaignId, Long unitId, Scope scope) {
        Specification<Campaign> withId = (c, q, cb) -> cb.equal(c.get(Campaign_.id), campaignId);
        return campaigns
                .findOne(CampaignAccess.inReach(unitId, scope).and(withId))
                .map(Campaign::getTitle);
    }

    @Override
    public List<Option> inReach(Long unitId, Scope scope, int limit) {
        return kept.get(new Reach(unitId, scope, limit), () -> readInReach(unitId, scope, limit));
    }

    private List<Option> readInReach(Long unitId, Scope scope, int limit) {
        return campaigns
                .findAll(
                        CampaignAccess.inReach(unitId, scope),
                        PageRequest.of(
                                0, limit, Sort.by(Sort.Order.desc(Campaign_.ENDS_ON), Sort.Order.desc(Campaign_.ID))))
                .map(c -> new Option(c.getId(), c.getTitle()))
                .getContent();
    }

    @Override
    public List<Running> runningFor(Long enterpriseId, Long unitId, Scope scope, LocalDate day) {
        Specification<Campaign> targeting = (c, query, cb) -> {
            var target = query.subquery(Integer.class);
            var t = target.from(CampaignTarget.class);
            target.select(cb.literal(1))
                    .where(
                            cb.equal(t.get(CampaignTarget_.campaignId), c.get(Campaign_.id)),
                            cb.equal(t.get(CampaignTarget_.enterpriseId), enterpriseId));
            return cb.and(
                    cb.exists(target),
                    cb.lessThanOrEqualTo(c.get(Campaign_.startsOn), day),
                    cb.greaterThanOrEqualTo(c.get(Campaign_.endsOn), day));
        };
        return campaigns
                .findAll(
                        CampaignAccess.inReach(unitId, scope).and(targeting),
                        PageRequest.of(
                                0, 20, Sort.by(Sort.Order.desc(Campaign_.ENDS_ON), Sort.Order.desc(Campaign_.ID))))
                .map(c -> new Running(
                        c.getId(),
                        c.getTitle(),
                        c.getTemplateId(),
                        c.getMode().asksSelfInspection(),
                        c.getMode().asksVisits()))
                .getContent();
    }

    @Override
    public boolean isOpen(Long campaignId, LocalDate day) {
        return campaigns.findById(campaignId).map(c -> c.isOpen(day)).orElse(false);
    }
}
