package app.redline.campaign;

import app.redline.hazard.CampaignWindow;
import app.redline.organization.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells hazards and inspections a campaign's title and whether it takes inspections on a day. */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class CampaignWindows implements CampaignWindow {

    private final CampaignRepository campaigns;

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
