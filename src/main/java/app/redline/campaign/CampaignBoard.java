package app.redline.campaign;

import static app.redline.campaign.TargetPredicates.begun;
import static app.redline.campaign.TargetPredicates.flag;
import static app.redline.campaign.TargetPredicates.part;
import static app.redline.campaign.TargetPredicates.selfInspected;
import static app.redline.campaign.TargetPredicates.status;
import static app.redline.campaign.TargetPredicates.visited;

import app.redline.account.Recipients;
import app.redline.hazard.HazardDashboard;
import app.redline.organization.EnterpriseJoin;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionCode;
import app.redline.organization.RegionLevel;
import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's progress over the viewer's part of its targets, computed in SQL: targeted,
 * self-inspected, visited, not yet started, outstanding (not done what it asks); with the figures of
 * the hazards it raised (from the dashboard, so each links to the ledger), by sub-region (drillable)
 * and by industry.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class CampaignBoard {

    record Row(
            String key,
            String name,
            boolean drillable,
            Progress progress,
            Map<String, HazardDashboard.Figure> hazards) {}

    record Board(
            String regionCode,
            String top,
            List<HazardDashboard.Crumb> breadcrumb,
            Progress total,
            HazardDashboard.Figures hazards,
            List<Row> byRegion,
            List<Row> byIndustry) {}

    /** A target that has not done what the campaign asks. */
    record Outstanding(
            Long enterpriseId, boolean selfInspected, boolean visited, Long inspectorId, LocalDate urgedOn) {}

    /** One target as the list shows it. */
    record TargetRow(
            EnterpriseRow enterprise,
            boolean selfInspected,
            boolean visited,
            boolean begun,
            Long inspectorId,
            String inspectorName,
            LocalDate urgedOn) {}

    private final EntityManager entityManager;
    private final CampaignTallies tallies;
    private final TargetRecount recount;
    private final OrganizationService organization;
    private final HazardDashboard dashboard;
    private final Recipients recipients;

    /** Where a scope's progress comes from: the roll-up, or one enterprise's own target. */
    TargetCounts counts(Scope scope) {
        return RollUpWhere.answers(scope) ? tallies : recount;
    }

    Board board(Scope scope, Campaign campaign, String requestedRegion, Locale locale) {
        String top = top(scope, campaign);
        String region =
                RegionCode.isValid(requestedRegion) && RegionCode.of(top).contains(requestedRegion)
                        ? requestedRegion
                        : top;
        HazardDashboard.Figures hazards = dashboard.campaignFigures(scope, campaign.getId(), region, locale);
        Map<String, Progress> total = counts(scope).progress(scope, campaign, region, TargetCounts.Grouping.TOTAL);
        int length = RegionLevel.childLength(region);
        List<Row> byRegion = new ArrayList<>();
        if (length > 0) {
            boolean drillable =
                    Arrays.stream(RegionLevel.values()).anyMatch(l -> l.codeLength() == length && l.below() != null);
            Map<String, HazardDashboard.Row> hazardRows = hazards.byRegion().stream()
                    .collect(Collectors.toMap(HazardDashboard.Row::key, Function.identity()));
            Map<String, String> regionNames = organization.regionsManagedBy(Scope.region(region)).stream()
                    .collect(Collectors.toMap(r -> r.code(), r -> r.region().name(locale)));
            counts(scope)
                    .progress(scope, campaign, region, TargetCounts.Grouping.region(length))
                    .forEach((key, progress) -> {
                        if (key.length() == length) {
                            HazardDashboard.Row row = hazardRows.get(key);
                            byRegion.add(new Row(
                                    key,
                                    row != null ? row.name() : regionNames.getOrDefault(key, key),
                                    drillable,
                                    progress,
                                    row == null ? Map.of() : row.figures()));
                        }
                    });
            byRegion.sort((a, b) -> a.key().compareTo(b.key()));
        }
        Map<String, HazardDashboard.Row> industryRows =
                hazards.byIndustry().stream().collect(Collectors.toMap(HazardDashboard.Row::key, Function.identity()));
        Map<String, String> industryNames =
                organization.industries().stream().collect(Collectors.toMap(n -> n.code(), n -> n.name(locale)));
        List<Row> byIndustry = new ArrayList<>();
        counts(scope)
                .progress(scope, campaign, region, TargetCounts.Grouping.INDUSTRY)
                .forEach((key, progress) -> {
                    HazardDashboard.Row row = industryRows.get(key);
                    byIndustry.add(new Row(
                            key,
                            industryNames.getOrDefault(key, key),
                            false,
                            progress,
                            row == null ? Map.of() : row.figures()));
                });
        byIndustry.sort(
                (a, b) -> Long.compare(b.progress().targeted(), a.progress().targeted()));
        List<HazardDashboard.Crumb> breadcrumb = hazards.breadcrumb().stream()
                .filter(c -> c.code() != null && c.code().length() >= top.length())
                .toList();
        return new Board(region, top, breadcrumb, total.getOrDefault("", Progress.NONE), hazards, byRegion, byIndustry);
    }

    /**
     * The region the viewer's part of a campaign lies in: the deeper of the campaign's region and the
     * viewer's (one contains the other for everyone in reach).
     */
    static String top(Scope scope, Campaign campaign) {
        String mine = scope.regionCode();
        if (mine == null
                || scope.kind() == Scope.Kind.ALL
                || !RegionCode.of(campaign.getRegionCode()).contains(mine)) {
            return campaign.getRegionCode();
        }
        return mine;
    }

    /** The total progress of the viewer's part (for the list and the summary). */
    Progress total(Scope scope, Campaign campaign) {
        return counts(scope)
                .progress(scope, campaign, null, TargetCounts.Grouping.TOTAL)
                .getOrDefault("", Progress.NONE);
    }

    /** How many of each campaign's targets a scope covers, in one grouped query. */
    Map<Long, Long> partCounts(Scope scope, List<Long> campaignIds) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<CampaignTarget> t = query.from(CampaignTarget.class);
        query.multiselect(t.get(CampaignTarget_.campaignId), cb.count(t))
                .where(
                        t.get(CampaignTarget_.campaignId).in(campaignIds),
                        scope.coversEnterpriseId(t.get(CampaignTarget_.enterpriseId), query, cb))
                .groupBy(t.get(CampaignTarget_.campaignId));
        return entityManager.createQuery(query).getResultList().stream()
                .collect(Collectors.toMap(r -> r.get(0, Long.class), r -> r.get(1, Long.class)));
    }

    /** The targets of the viewer's part that have not done what the campaign asks, by name, at most {@code limit}. */
    List<Outstanding> outstanding(Scope scope, Campaign campaign, String region, int limit) {
        return targetRows(
                        scope,
                        campaign,
                        region,
                        (q, cb, t) -> TargetPredicates.outstanding(campaign, q, cb, t),
                        0,
                        limit)
                .stream()
                .map(r -> new Outstanding(
                        r.get(0, Long.class),
                        r.get(1, Boolean.class),
                        r.get(2, Boolean.class),
                        r.get(4, Long.class),
                        r.get(5, LocalDate.class)))
                .toList();
    }

    /** Which targets a list shows, besides the viewer's part. */
    private interface TargetCondition {
        Predicate where(AbstractQuery<?> query, CriteriaBuilder cb, Root<CampaignTarget> t);
    }

    /**
     * A slice of the viewer's part of the targets, by enterprise name: each row the enterprise, whether
     * it self-inspected, was visited, has begun, its inspector and when it was last urged.
     */
    private List<Tuple> targetRows(
            Scope scope, Campaign campaign, String region, TargetCondition condition, int first, int max) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<CampaignTarget> t = query.from(CampaignTarget.class);
        EnterpriseJoin unit = EnterpriseJoin.of(query, t.get(CampaignTarget_.enterpriseId), cb);
        query.multiselect(
                        t.get(CampaignTarget_.enterpriseId),
                        flag(cb, selfInspected(cb, t)),
                        flag(cb, visited(cb, t)),
                        flag(cb, begun(cb, t)),
                        t.get(CampaignTarget_.inspectorId),
                        t.get(CampaignTarget_.urgedOn))
                .where(part(scope, campaign, region, query, cb, t, unit), condition.where(query, cb, t))
                .orderBy(unit.byName(cb));
        return entityManager
                .createQuery(query)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * How many targets the list has: the board's own figures (from the roll-ups) for every status
     * but the viewer's own visits, which are counted.
     */
    private long count(Scope scope, Campaign campaign, String region, TargetStatus status, TargetCondition condition) {
        if (status != TargetStatus.MINE) {
            Progress p = counts(scope)
                    .progress(scope, campaign, region, TargetCounts.Grouping.TOTAL)
                    .getOrDefault("", Progress.NONE);
            return switch (status) {
                case ALL -> p.targeted();
                case OUTSTANDING -> p.outstanding();
                case NOT_STARTED -> p.notStarted();
                default -> p.responded();
            };
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<CampaignTarget> ct = count.from(CampaignTarget.class);
        EnterpriseJoin cu = EnterpriseJoin.of(count, ct.get(CampaignTarget_.enterpriseId), cb);
        count.select(cb.count(ct))
                .where(part(scope, campaign, region, count, cb, ct, cu), condition.where(count, cb, ct));
        return entityManager.createQuery(count).getSingleResult();
    }

    /** A page of the viewer's part of the target list, by enterprise name, filtered by status and region. */
    Page<TargetRow> targets(
            Scope scope, Campaign campaign, String region, TargetStatus status, Long viewerId, Pageable pageable) {
        TargetCondition condition = (q, cb, t) -> status(status, viewerId, campaign, q, cb, t);
        List<Tuple> rows =
                targetRows(scope, campaign, region, condition, (int) pageable.getOffset(), pageable.getPageSize());

        long total = count(scope, campaign, region, status, condition);

        Map<Long, EnterpriseRow> enterprises = organization.enterpriseRows(
                rows.stream().map(r -> r.get(0, Long.class)).collect(Collectors.toSet()));
        Map<Long, String> inspectors = recipients.names(rows.stream()
                .map(r -> r.get(4, Long.class))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<TargetRow> content = rows.stream()
                .map(r -> new TargetRow(
                        enterprises.get(r.get(0, Long.class)),
                        r.get(1, Boolean.class),
                        r.get(2, Boolean.class),
                        r.get(3, Boolean.class),
                        r.get(4, Long.class),
                        r.get(4, Long.class) == null ? null : inspectors.get(r.get(4, Long.class)),
                        r.get(5, LocalDate.class)))
                .toList();
        return new PageImpl<>(content, pageable, total);
    }
}
