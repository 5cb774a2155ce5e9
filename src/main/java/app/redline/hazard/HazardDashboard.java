package app.redline.hazard;

import app.redline.organization.EnterpriseJoin;
import app.redline.organization.Named;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionCode;
import app.redline.organization.RegionLevel;
import app.redline.organization.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's dashboard: the figures of a scope (or of one of its sub-regions), each computed
 * in SQL as a sum over the scope's hazards of one ledger filter — so every figure links to the
 * ledger filtered to exactly the hazards it counts, and the ledger shows the same number.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class HazardDashboard {

    /** A count and the ledger query string that lists exactly those hazards. */
    public record Figure(long count, String query) {}

    /** One row of a breakdown: a sub-region (each one drillable) or an industry. */
    public record Row(String key, String name, boolean drillable, Map<String, Figure> figures) {}

    /** One month of the trend. */
    public record Month(String label, Figure reported, Figure closed) {}

    public record Crumb(String code, String name) {}

    public record Figures(
            String regionCode,
            List<Crumb> breadcrumb,
            Map<String, Figure> headline,
            Map<HazardGrade, Map<HazardState, Figure>> open,
            List<Month> months,
            List<Row> byRegion,
            List<Row> byIndustry) {

        public Double rectificationRate() {
            return rate(headline.get("closed").count(), headline.get("total").count());
        }

        /**
         * Closed by their deadline, out of every hazard whose deadline has come: those closed and
         * those still open past it (an overdue hazard counts against the rate before it closes).
         */
        public Double onTimeRate() {
            return rate(
                    headline.get("onTime").count(),
                    headline.get("closed").count() + headline.get("overdue").count());
        }

        private static Double rate(long part, long whole) {
            return whole == 0 ? null : 100.0 * part / whole;
        }
    }

    /** The figures of a breakdown row, in the order the table shows them. */
    static final List<String> ROW_FIGURES = List.of("open", "overdue", "major", "closed", "total");

    private final EntityManager entityManager;
    private final OrganizationService organization;
    private final Clock clock;

    public Figures figures(Scope scope, String requestedRegion, Locale locale) {
        return figures(scope, null, requestedRegion, locale);
    }

    /**
     * The figures of the hazards raised in a campaign, within a scope (or one of its sub-regions);
     * each links to the ledger filtered by the campaign.
     */
    public Figures campaignFigures(Scope scope, Long campaignId, String requestedRegion, Locale locale) {
        return figures(scope, campaignId, requestedRegion, locale);
    }

    private Figures figures(Scope scope, Long campaignId, String requestedRegion, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> regionNames = organization.regionsManagedBy(Scope.all()).stream()
                .collect(Collectors.toMap(r -> r.code(), r -> r.region().name(locale)));
        String top = scope.kind() == Scope.Kind.ALL ? null : scope.regionCode();
        String region = requestedRegion != null
                        && regionNames.containsKey(requestedRegion)
                        && (top == null || RegionCode.of(top).contains(requestedRegion))
                        && !scope.isSingleEnterprise()
                ? requestedRegion
                : top;
        HazardFilter base = filter(region).withCampaignId(campaignId);

        Map<String, HazardFilter> headlineFilters = headlineFilters(base, today);
        Map<String, HazardFilter> cellFilters = new LinkedHashMap<>();
        for (HazardGrade grade : HazardGrade.values()) {
            for (HazardState state : HazardState.values()) {
                if (state.isOpen()) {
                    cellFilters.put(grade + "/" + state, with(base, state, grade, false, false, false, null, null));
                }
            }
        }
        Map<String, HazardFilter> all = new LinkedHashMap<>(headlineFilters);
        all.putAll(cellFilters);
        Map<String, Long> counts = sums(scope, base, today, all);

        Map<String, Figure> headline = new LinkedHashMap<>();
        headlineFilters.forEach((key, f) -> headline.put(key, new Figure(counts.get(key), LedgerParams.query(f))));
        Map<HazardGrade, Map<HazardState, Figure>> open = new LinkedHashMap<>();
        cellFilters.forEach((key, f) -> open.computeIfAbsent(f.grade(), g -> new LinkedHashMap<>())
                .put(f.state(), new Figure(counts.get(key), LedgerParams.query(f))));

        return new Figures(
                region,
                breadcrumb(top, region, regionNames),
                headline,
                open,
                campaignId == null ? months(scope, base, today) : List.of(),
                scope.isSingleEnterprise() ? List.of() : byRegion(scope, base, today, region, regionNames),
                scope.isSingleEnterprise() ? List.of() : byIndustry(scope, base, today, locale));
    }

    private static Map<String, HazardFilter> headlineFilters(HazardFilter base, LocalDate today) {
        Map<String, HazardFilter> filters = new LinkedHashMap<>();
        filters.put("open", with(base, null, null, true, false, false, null, null));
        filters.put("overdue", with(base, null, null, false, true, false, null, null));
        filters.put("major", with(base, null, HazardGrade.MAJOR, true, false, false, null, null));
        filters.put("listed", with(base, null, null, false, false, true, null, null));
        filters.put(
                "closedThisMonth",
                with(base, HazardState.CLOSED, null, false, false, false, today.withDayOfMonth(1), today));
        filters.put("total", base);
        filters.put("majorTotal", base.withGrade(HazardGrade.MAJOR));
        filters.put("generalTotal", base.withGrade(HazardGrade.GENERAL));
        filters.put("closed", with(base, HazardState.CLOSED, null, false, false, false, null, null));
        filters.put("onTime", filters.get("closed").withOnTimeOnly(true));
        return filters;
    }

    private static HazardFilter filter(String region) {
        return HazardFilter.none().withRegionCode(region);
    }

    private static HazardFilter with(
            HazardFilter base,
            HazardState state,
            HazardGrade grade,
            boolean open,
            boolean overdue,
            boolean listed,
            LocalDate closedFrom,
            LocalDate closedTo) {
        return base.withState(state)
                .withGrade(grade)
                .withOpenOnly(open)
                .withOverdueOnly(overdue)
                .withListedOnly(listed)
                .withClosedFrom(closedFrom)
                .withClosedTo(closedTo);
    }

    /** One row of sums: for each filter, how many of the base's hazards it matches. */
    private Map<String, Long> sums(Scope scope, HazardFilter base, LocalDate today, Map<String, HazardFilter> filters) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Hazard> hazard = query.from(Hazard.class);
        List<String> keys = new ArrayList<>(filters.keySet());
        query.multiselect(keys.stream()
                        .map(k -> countWhere(
                                cb,
                                HazardSpecifications.matching(filters.get(k), today)
                                        .toPredicate(hazard, query, cb)))
                        .collect(Collectors.toList()))
                .where(where(scope, base, today, hazard, query, cb));
        Tuple row = entityManager.createQuery(query).getSingleResult();
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Long value = row.get(i, Long.class);
            counts.put(keys.get(i), value == null ? 0 : value);
        }
        return counts;
    }

    private static Expression<Long> countWhere(CriteriaBuilder cb, Predicate predicate) {
        return cb.sum(cb.<Long>selectCase().when(predicate, 1L).otherwise(0L));
    }

    private static Predicate where(
            Scope scope,
            HazardFilter base,
            LocalDate today,
            Root<Hazard> hazard,
            CriteriaQuery<?> query,
            CriteriaBuilder cb) {
        Predicate inScope = scope.coversEnterpriseId(hazard.get("enterpriseId"), query, cb);
        Predicate campaign =
                base.campaignId() == null ? cb.conjunction() : cb.equal(hazard.get("campaignId"), base.campaignId());
        return cb.and(
                inScope, campaign, HazardSpecifications.matchingEnterprise(base).toPredicate(hazard, query, cb));
    }

    private List<Month> months(Scope scope, HazardFilter base, LocalDate today) {
        YearMonth first = YearMonth.from(today).minusMonths(11);
        Map<String, Long> reported = perMonth(scope, base, today, "reportedOn", first);
        Map<String, Long> closed = perMonth(scope, base, today, "closedOn", first);
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth month = first.plusMonths(i);
            LocalDate from = month.atDay(1);
            LocalDate to = month.atEndOfMonth();
            String label = month.toString();
            months.add(new Month(
                    label,
                    new Figure(
                            reported.getOrDefault(label, 0L),
                            LedgerParams.query(base.withReportedFrom(from).withReportedTo(to))),
                    new Figure(
                            closed.getOrDefault(label, 0L),
                            LedgerParams.query(with(base, HazardState.CLOSED, null, false, false, false, from, to)))));
        }
        return months;
    }

    private Map<String, Long> perMonth(Scope scope, HazardFilter base, LocalDate today, String field, YearMonth first) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Hazard> hazard = query.from(Hazard.class);
        Expression<String> month = cb.function("to_char", String.class, hazard.get(field), cb.literal("YYYY-MM"));
        query.multiselect(month, cb.count(hazard))
                .where(
                        where(scope, base, today, hazard, query, cb),
                        cb.greaterThanOrEqualTo(hazard.<LocalDate>get(field), first.atDay(1)))
                .groupBy(month);
        return entityManager.createQuery(query).getResultList().stream()
                .collect(Collectors.toMap(t -> t.get(0, String.class), t -> t.get(1, Long.class)));
    }

    private List<Row> byRegion(
            Scope scope, HazardFilter base, LocalDate today, String region, Map<String, String> names) {
        int length = RegionLevel.childLength(region);
        if (length == 0) {
            return List.of();
        }
        // Every region drills down: a town to its own figures, industries and enterprises.
        boolean drillable = true;
        return grouped(scope, base, today, (h, enterprise, cb) -> enterprise.regionAt(length, cb)).entrySet().stream()
                .filter(e -> e.getKey().length() == length)
                .map(e -> row(
                        e.getKey(),
                        names.getOrDefault(e.getKey(), e.getKey()),
                        drillable,
                        e.getValue(),
                        base,
                        today,
                        true))
                .toList();
    }

    private List<Row> byIndustry(Scope scope, HazardFilter base, LocalDate today, Locale locale) {
        Map<String, String> names =
                organization.industries().stream().collect(Collectors.toMap(Named::code, n -> n.name(locale)));
        return grouped(scope, base, today, (h, enterprise, cb) -> enterprise.industry()).entrySet().stream()
                .map(e -> row(
                        e.getKey(),
                        names.getOrDefault(e.getKey(), e.getKey()),
                        false,
                        e.getValue(),
                        base,
                        today,
                        false))
                .sorted((a, b) -> Long.compare(
                        b.figures().get("total").count(),
                        a.figures().get("total").count()))
                .toList();
    }

    private static Row row(
            String key,
            String name,
            boolean drillable,
            Map<String, Long> counts,
            HazardFilter base,
            LocalDate today,
            boolean region) {
        HazardFilter scoped = region
                ? filter(key).withIndustryCode(base.industryCode()).withCampaignId(base.campaignId())
                : base.withIndustryCode(key);
        Map<String, HazardFilter> filters = rowFilters(scoped);
        Map<String, Figure> figures = new LinkedHashMap<>();
        filters.forEach((k, f) -> figures.put(k, new Figure(counts.getOrDefault(k, 0L), LedgerParams.query(f))));
        return new Row(key, name, drillable, figures);
    }

    private static Map<String, HazardFilter> rowFilters(HazardFilter base) {
        Map<String, HazardFilter> filters = new LinkedHashMap<>();
        filters.put("open", with(base, null, null, true, false, false, null, null));
        filters.put("overdue", with(base, null, null, false, true, false, null, null));
        filters.put("major", with(base, null, HazardGrade.MAJOR, true, false, false, null, null));
        filters.put("closed", with(base, HazardState.CLOSED, null, false, false, false, null, null));
        filters.put("total", base);
        return filters;
    }

    private interface Key {
        Expression<String> of(Root<Hazard> hazard, EnterpriseJoin enterprise, CriteriaBuilder cb);
    }

    /** The row figures per key (sub-region or industry), computed in one grouped query. */
    private Map<String, Map<String, Long>> grouped(Scope scope, HazardFilter base, LocalDate today, Key key) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Hazard> hazard = query.from(Hazard.class);
        EnterpriseJoin enterprise = EnterpriseJoin.of(query, hazard.get(Hazard_.enterpriseId), cb);
        Expression<String> group = key.of(hazard, enterprise, cb);
        Map<String, HazardFilter> filters = rowFilters(filter(null));
        List<String> keys = new ArrayList<>(filters.keySet());
        List<jakarta.persistence.criteria.Selection<?>> selections = new ArrayList<>();
        selections.add(group);
        keys.forEach(k -> selections.add(countWhere(
                cb, HazardSpecifications.matching(filters.get(k), today).toPredicate(hazard, query, cb))));
        query.multiselect(selections)
                .where(enterprise.on(), where(scope, base, today, hazard, query, cb))
                .groupBy(group);
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (Tuple t : entityManager.createQuery(query).getResultList()) {
            Map<String, Long> counts = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                Long value = t.get(i + 1, Long.class);
                counts.put(keys.get(i), value == null ? 0 : value);
            }
            result.put(t.get(0, String.class), counts);
        }
        return result;
    }

    /** From the scope's region down to the one shown, each a link back up. */
    private static List<Crumb> breadcrumb(String top, String region, Map<String, String> names) {
        List<Crumb> crumbs = new ArrayList<>();
        if (region == null) {
            return crumbs;
        }
        for (RegionLevel level : RegionLevel.values()) {
            if (level.codeLength() <= region.length() && (top == null || level.codeLength() >= top.length())) {
                String code = region.substring(0, level.codeLength());
                if (names.containsKey(code)) {
                    crumbs.add(new Crumb(code, names.get(code)));
                }
            }
        }
        return crumbs;
    }
}
