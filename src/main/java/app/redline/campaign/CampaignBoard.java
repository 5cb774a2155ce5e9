package app.redline.campaign;

import app.redline.account.Recipients;
import app.redline.hazard.HazardDashboard;
import app.redline.inspection.Inspection;
import app.redline.inspection.InspectionType;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionLevel;
import app.redline.organization.Scope;
import app.redline.organization.Unit;
import app.redline.system.LikePattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

    /** How far a set of targets has come. */
    record Progress(long targeted, long selfInspected, long visited, long notStarted, long outstanding) {

        static final Progress NONE = new Progress(0, 0, 0, 0, 0);

        public long responded() {
            return targeted - outstanding;
        }

        /** The share of targets that have done what the campaign asks, in percent (null when none). */
        public Double respondedRate() {
            return targeted == 0 ? null : 100.0 * responded() / targeted;
        }
    }

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

    /** What the targets list filters by. */
    enum Status {
        ALL,
        OUTSTANDING,
        NOT_STARTED,
        RESPONDED,
        MINE
    }

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
    private final OrganizationService organization;
    private final HazardDashboard dashboard;
    private final Recipients recipients;

    Board board(Scope scope, Campaign campaign, String requestedRegion, Locale locale) {
        String top = top(scope, campaign);
        String region =
                requestedRegion != null && requestedRegion.matches("[0-9]{2,9}") && requestedRegion.startsWith(top)
                        ? requestedRegion
                        : top;
        HazardDashboard.Figures hazards = dashboard.campaignFigures(scope, campaign.getId(), region, locale);
        Map<String, Progress> total = progress(scope, campaign, region, null);
        int length = childLength(region);
        List<Row> byRegion = new ArrayList<>();
        if (length > 0) {
            boolean drillable =
                    Arrays.stream(RegionLevel.values()).anyMatch(l -> l.codeLength() == length && l.below() != null);
            Map<String, HazardDashboard.Row> hazardRows = hazards.byRegion().stream()
                    .collect(Collectors.toMap(HazardDashboard.Row::key, Function.identity()));
            Map<String, String> regionNames = organization.regionsManagedBy(Scope.region(region)).stream()
                    .collect(Collectors.toMap(r -> r.code(), r -> r.region().name(locale)));
            progress(
                            scope,
                            campaign,
                            region,
                            (t, unit, cb) -> cb.substring(unit.get("region").get("code"), 1, length))
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
        progress(
                        scope,
                        campaign,
                        region,
                        (t, unit, cb) -> unit.join("industries").<String>get("code"))
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
        if (mine == null || scope.kind() == Scope.Kind.ALL || !mine.startsWith(campaign.getRegionCode())) {
            return campaign.getRegionCode();
        }
        return mine;
    }

    /** The total progress of the viewer's part (for the list and the summary). */
    Progress total(Scope scope, Campaign campaign) {
        return progress(scope, campaign, null, null).getOrDefault("", Progress.NONE);
    }

    /** How many of each campaign's targets a scope covers, in one grouped query. */
    Map<Long, Long> partCounts(Scope scope, List<Long> campaignIds) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<CampaignTarget> t = query.from(CampaignTarget.class);
        query.multiselect(t.get("campaignId"), cb.count(t))
                .where(t.get("campaignId").in(campaignIds), scope.coversEnterpriseId(t.get("enterpriseId"), query, cb))
                .groupBy(t.get("campaignId"));
        return entityManager.createQuery(query).getResultList().stream()
                .collect(Collectors.toMap(r -> r.get(0, Long.class), r -> r.get(1, Long.class)));
    }

    /** The targets of the viewer's part that have not done what the campaign asks, by name, at most {@code limit}. */
    List<Outstanding> outstanding(Scope scope, Campaign campaign, String region, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<CampaignTarget> t = query.from(CampaignTarget.class);
        Root<Unit> unit = query.from(Unit.class);
        query.multiselect(
                        t.get("enterpriseId"),
                        flag(cb, done(query, cb, t, InspectionType.SELF_INSPECTION, true)),
                        flag(cb, done(query, cb, t, InspectionType.SPECIAL_CAMPAIGN, true)),
                        t.get("inspectorId"),
                        t.get("urgedOn"))
                .where(part(scope, campaign, region, query, cb, t, unit), outstanding(campaign, query, cb, t))
                .orderBy(cb.asc(unit.get("name")), cb.asc(unit.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList().stream()
                .map(r -> new Outstanding(
                        r.get(0, Long.class),
                        r.get(1, Boolean.class),
                        r.get(2, Boolean.class),
                        r.get(3, Long.class),
                        r.get(4, LocalDate.class)))
                .toList();
    }

    /** A page of the viewer's part of the target list, by enterprise name, filtered by status and region. */
    Page<TargetRow> targets(
            Scope scope, Campaign campaign, String region, Status status, Long viewerId, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<CampaignTarget> t = query.from(CampaignTarget.class);
        Root<Unit> unit = query.from(Unit.class);
        query.multiselect(
                        t.get("enterpriseId"),
                        flag(cb, done(query, cb, t, InspectionType.SELF_INSPECTION, true)),
                        flag(cb, done(query, cb, t, InspectionType.SPECIAL_CAMPAIGN, true)),
                        flag(cb, begun(query, cb, t)),
                        t.get("inspectorId"),
                        t.get("urgedOn"))
                .where(
                        part(scope, campaign, region, query, cb, t, unit),
                        status(status, viewerId, campaign, query, cb, t))
                .orderBy(List.<Order>of(cb.asc(unit.get("name")), cb.asc(unit.get("id"))));
        List<Tuple> rows = entityManager
                .createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<CampaignTarget> ct = count.from(CampaignTarget.class);
        Root<Unit> cu = count.from(Unit.class);
        count.select(cb.count(ct))
                .where(
                        part(scope, campaign, region, count, cb, ct, cu),
                        status(status, viewerId, campaign, count, cb, ct));
        long total = entityManager.createQuery(count).getSingleResult();

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

    // ---- the queries' parts -------------------------------------------------------------------

    private interface Key {
        Expression<String> of(Root<CampaignTarget> target, Root<Unit> unit, CriteriaBuilder cb);
    }

    /** Progress per key (or in total under "" without a key), in one grouped query. */
    private Map<String, Progress> progress(Scope scope, Campaign campaign, String region, Key key) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<CampaignTarget> t = query.from(CampaignTarget.class);
        Root<Unit> unit = query.from(Unit.class);
        List<Selection<?>> selections = new ArrayList<>();
        Expression<String> group = key == null ? null : key.of(t, unit, cb);
        if (group != null) {
            selections.add(group);
        }
        selections.add(cb.count(t));
        selections.add(countWhere(cb, done(query, cb, t, InspectionType.SELF_INSPECTION, true)));
        selections.add(countWhere(cb, done(query, cb, t, InspectionType.SPECIAL_CAMPAIGN, true)));
        selections.add(countWhere(cb, cb.not(begun(query, cb, t))));
        selections.add(countWhere(cb, outstanding(campaign, query, cb, t)));
        query.multiselect(selections).where(part(scope, campaign, region, query, cb, t, unit));
        if (group != null) {
            query.groupBy(group);
        }
        Map<String, Progress> result = new LinkedHashMap<>();
        int offset = group == null ? 0 : 1;
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            long targeted = row.get(offset, Long.class);
            if (targeted == 0) {
                continue;
            }
            result.put(
                    group == null ? "" : row.get(0, String.class),
                    new Progress(
                            targeted,
                            number(row.get(offset + 1)),
                            number(row.get(offset + 2)),
                            number(row.get(offset + 3)),
                            number(row.get(offset + 4))));
        }
        return result;
    }

    /** The viewer's part of the campaign's targets (optionally in a region subtree), joined to their enterprise. */
    private static Predicate part(
            Scope scope,
            Campaign campaign,
            String region,
            AbstractQuery<?> query,
            CriteriaBuilder cb,
            Root<CampaignTarget> t,
            Root<Unit> unit) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(t.get("campaignId"), campaign.getId()));
        where.add(cb.equal(unit.get("id"), t.get("enterpriseId")));
        where.add(scope.coversEnterpriseId(t.get("enterpriseId"), query, cb));
        String prefix = LikePattern.prefix(region);
        if (prefix != null) {
            where.add(cb.like(unit.get("region").get("code"), prefix, '\\'));
        }
        return cb.and(where.toArray(Predicate[]::new));
    }

    /** Whether the target has an inspection of this kind in the campaign (completed, when asked). */
    private static Predicate done(
            AbstractQuery<?> query,
            CriteriaBuilder cb,
            Root<CampaignTarget> t,
            InspectionType type,
            boolean completed) {
        Subquery<Integer> sub = query.subquery(Integer.class);
        Root<Inspection> i = sub.from(Inspection.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(i.get("campaignId"), t.get("campaignId")));
        where.add(cb.equal(i.get("enterpriseId"), t.get("enterpriseId")));
        where.add(cb.equal(i.get("type"), type));
        if (completed) {
            where.add(cb.equal(i.get("state"), Inspection.State.COMPLETED));
        }
        sub.select(cb.literal(1)).where(where.toArray(Predicate[]::new));
        return cb.exists(sub);
    }

    /** Whether any inspection of the target in the campaign has begun. */
    private static Predicate begun(AbstractQuery<?> query, CriteriaBuilder cb, Root<CampaignTarget> t) {
        Subquery<Integer> sub = query.subquery(Integer.class);
        Root<Inspection> i = sub.from(Inspection.class);
        sub.select(cb.literal(1))
                .where(
                        cb.equal(i.get("campaignId"), t.get("campaignId")),
                        cb.equal(i.get("enterpriseId"), t.get("enterpriseId")));
        return cb.exists(sub);
    }

    /** Not done what the campaign asks: a completed self-inspection, a completed visit, or both. */
    private static Predicate outstanding(
            Campaign campaign, AbstractQuery<?> query, CriteriaBuilder cb, Root<CampaignTarget> t) {
        List<Predicate> missing = new ArrayList<>();
        if (campaign.getMode().asksSelfInspection()) {
            missing.add(cb.not(done(query, cb, t, InspectionType.SELF_INSPECTION, true)));
        }
        if (campaign.getMode().asksVisits()) {
            missing.add(cb.not(done(query, cb, t, InspectionType.SPECIAL_CAMPAIGN, true)));
        }
        return cb.or(missing.toArray(Predicate[]::new));
    }

    private static Predicate status(
            Status status,
            Long viewerId,
            Campaign campaign,
            AbstractQuery<?> query,
            CriteriaBuilder cb,
            Root<CampaignTarget> t) {
        return switch (status) {
            case ALL -> cb.conjunction();
            case OUTSTANDING -> outstanding(campaign, query, cb, t);
            case NOT_STARTED -> cb.not(begun(query, cb, t));
            case RESPONDED -> cb.not(outstanding(campaign, query, cb, t));
            case MINE -> cb.equal(t.get("inspectorId"), viewerId);
        };
    }

    private static Expression<Long> countWhere(CriteriaBuilder cb, Predicate predicate) {
        return cb.sum(cb.<Long>selectCase().when(predicate, 1L).otherwise(0L));
    }

    private static Expression<Boolean> flag(CriteriaBuilder cb, Predicate predicate) {
        return cb.<Boolean>selectCase().when(predicate, true).otherwise(false);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The code length of the level below a region's, 0 below a town. */
    private static int childLength(String regionCode) {
        RegionLevel level = RegionLevel.ofCode(regionCode);
        return level == null || level.below() == null ? 0 : level.below().codeLength();
    }
}
