package app.redline.campaign;

import static app.redline.campaign.TargetPredicates.begun;
import static app.redline.campaign.TargetPredicates.countWhere;
import static app.redline.campaign.TargetPredicates.number;
import static app.redline.campaign.TargetPredicates.part;
import static app.redline.campaign.TargetPredicates.selfInspected;
import static app.redline.campaign.TargetPredicates.visited;

import app.redline.organization.EnterpriseJoin;
import app.redline.organization.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A campaign's progress counted over its targets in one grouped Criteria query. */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
class TargetRecount implements TargetCounts {

    private final EntityManager entityManager;

    @Override
    public Map<String, Progress> progress(Scope scope, Campaign campaign, String region, Grouping grouping) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<CampaignTarget> t = query.from(CampaignTarget.class);
        EnterpriseJoin unit = EnterpriseJoin.of(query, t.get(CampaignTarget_.enterpriseId), cb);
        Expression<String> group = grouping.regionLength() < 0
                ? cb.literal("")
                : grouping.regionLength() == 0 ? unit.industry() : unit.regionAt(grouping.regionLength(), cb);
        List<Selection<?>> selections = new ArrayList<>();
        selections.add(group);
        selections.add(cb.count(t));
        selections.add(countWhere(cb, selfInspected(cb, t)));
        selections.add(countWhere(cb, visited(cb, t)));
        selections.add(countWhere(cb, cb.not(begun(cb, t))));
        selections.add(countWhere(cb, TargetPredicates.outstanding(campaign, query, cb, t)));
        query.multiselect(selections).where(part(scope, campaign, region, query, cb, t, unit));
        if (grouping.regionLength() >= 0) {
            query.groupBy(group);
        }
        Map<String, Progress> result = new LinkedHashMap<>();
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            long targeted = row.get(1, Long.class);
            if (targeted > 0) {
                result.put(
                        row.get(0, String.class),
                        new Progress(
                                targeted,
                                number(row.get(2)),
                                number(row.get(3)),
                                number(row.get(4)),
                                number(row.get(5))));
            }
        }
        return result;
    }
}
