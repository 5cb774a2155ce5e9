package app.redline.hazard;

import app.redline.organization.Named;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionCode;
import app.redline.organization.RegionLevel;
import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
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

    private final HazardTallies tallies;
    private final HazardRecount recount;
    private final OrganizationService organization;
    private final Clock clock;
    private final DashboardTrend trend;
    private final RecentFigures recent;

    /** Where a scope's counts come from: the roll-ups, or one enterprise's own hazards. */
    HazardCounts counts(Scope scope) {
        return RollUpWhere.answers(scope) ? tallies : recount;
    }

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

    /**
     * A scope's figures, kept {@code redline.figures.recent-for} (30 s) per instance: under a crowd of
     * supervisors of one scope the roll-ups are read once per interval, not thirty statements a page.
     * An enterprise's own figures are its hazards, counted each time.
     */
    private Figures figures(Scope scope, Long campaignId, String requestedRegion, Locale locale) {
        if (scope.isSingleEnterprise()) {
            return compute(scope, campaignId, requestedRegion, locale);
        }
        String key = String.join(
                "|",
                "dashboard",
                scope.kind().name(),
                String.valueOf(scope.regionCode()),
                new TreeSet<>(scope.industryCodes()).toString(),
                String.valueOf(campaignId),
                String.valueOf(requestedRegion),
                locale.toLanguageTag(),
                LocalDate.now(clock).toString());
        return recent.get(key, () -> compute(scope, campaignId, requestedRegion, locale));
    }

    private Figures compute(Scope scope, Long campaignId, String requestedRegion, Locale locale) {
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
        HazardFilter base = DashboardFilters.of(region).withCampaignId(campaignId);

        Map<String, HazardFilter> headlineFilters = DashboardFilters.headline(base, today);
        Map<String, HazardFilter> cellFilters = new LinkedHashMap<>();
        for (HazardGrade grade : HazardGrade.values()) {
            for (HazardState state : HazardState.values()) {
                if (state.isOpen()) {
                    cellFilters.put(
                            grade + "/" + state,
                            DashboardFilters.with(base, state, grade, false, false, false, null, null));
                }
            }
        }
        Map<String, HazardFilter> all = new LinkedHashMap<>(headlineFilters);
        all.putAll(cellFilters);
        Map<String, Long> counts = counts(scope).sums(scope, base, today, all);

        Map<String, Figure> headline = new LinkedHashMap<>();
        headlineFilters.forEach((key, f) -> headline.put(key, new Figure(counts.get(key), f.query())));
        Map<HazardGrade, Map<HazardState, Figure>> open = new LinkedHashMap<>();
        cellFilters.forEach((key, f) -> open.computeIfAbsent(f.grade(), g -> new LinkedHashMap<>())
                .put(f.state(), new Figure(counts.get(key), f.query())));

        return new Figures(
                region,
                breadcrumb(top, region, regionNames),
                headline,
                open,
                campaignId == null ? trend.months(counts(scope), scope, base, today) : List.of(),
                scope.isSingleEnterprise() ? List.of() : byRegion(scope, base, today, region, regionNames),
                scope.isSingleEnterprise() ? List.of() : byIndustry(scope, base, today, locale));
    }

    private List<Row> byRegion(
            Scope scope, HazardFilter base, LocalDate today, String region, Map<String, String> names) {
        int length = RegionLevel.childLength(region);
        if (length == 0) {
            return List.of();
        }
        // Every region drills down: a town to its own figures, industries and enterprises.
        boolean drillable = true;
        return grouped(scope, base, today, HazardCounts.Grouping.region(length)).entrySet().stream()
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
        return grouped(scope, base, today, HazardCounts.Grouping.INDUSTRY).entrySet().stream()
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

    /** The row figures per group (sub-region or industry), in one grouped query. */
    private Map<String, Map<String, Long>> grouped(
            Scope scope, HazardFilter base, LocalDate today, HazardCounts.Grouping grouping) {
        return counts(scope).grouped(scope, base, today, grouping, DashboardFilters.row(DashboardFilters.of(null)));
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
                ? DashboardFilters.of(key).withIndustryCode(base.industryCode()).withCampaignId(base.campaignId())
                : base.withIndustryCode(key);
        Map<String, HazardFilter> filters = DashboardFilters.row(scoped);
        Map<String, Figure> figures = new LinkedHashMap<>();
        filters.forEach((k, f) -> figures.put(k, new Figure(counts.getOrDefault(k, 0L), f.query())));
        return new Row(key, name, drillable, figures);
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
