package app.redline.hazard;

import app.redline.organization.Named;
import app.redline.organization.OrganizationService;
import app.redline.organization.RegionLevel;
import app.redline.organization.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the overdue review, over the open hazards of a scope whose deadline has passed
 * (from the roll-ups, see {@link HazardCounts}): by the sub-regions one level below the scope's
 * region, by industry, and the enterprises with the most.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class OverdueReview {

    static final int TOP_ENTERPRISES = 5;

    private final HazardDashboard dashboard;
    private final OrganizationService organization;
    private final Clock clock;

    OverdueSummary summary(Scope scope, String regionCode, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        String base = regionCode != null && !regionCode.isBlank() ? regionCode : scope.regionCode();
        int childLength = RegionLevel.childLength(base);
        Map<String, String> regionNames = organization.regionsManagedBy(Scope.all()).stream()
                .collect(Collectors.toMap(r -> r.code(), r -> r.region().name(locale)));
        Map<String, String> industryNames =
                organization.industries().stream().collect(Collectors.toMap(Named::code, n -> n.name(locale)));

        HazardCounts counts = dashboard.counts(scope);
        List<OverdueSummary.Count> byRegion = childLength == 0
                ? List.of()
                : counts.overdue(scope, base, today, HazardCounts.Grouping.region(childLength), 50).stream()
                        .map(c -> count(c, regionNames))
                        .toList();
        List<OverdueSummary.Count> byIndustry =
                counts.overdue(scope, base, today, HazardCounts.Grouping.INDUSTRY, 50).stream()
                        .map(c -> count(c, industryNames))
                        .toList();
        List<HazardCounts.Count> top = counts.mostOverdue(scope, base, today, TOP_ENTERPRISES);
        Map<Long, String> enterpriseNames = organization.unitNames(
                top.stream().map(c -> Long.valueOf(c.key())).collect(Collectors.toSet()));
        List<OverdueSummary.Count> topEnterprises = top.stream()
                .map(c -> new OverdueSummary.Count(c.key(), enterpriseNames.get(Long.valueOf(c.key())), c.count()))
                .toList();
        return new OverdueSummary(byRegion, byIndustry, topEnterprises);
    }

    private static OverdueSummary.Count count(HazardCounts.Count count, Map<String, String> names) {
        return new OverdueSummary.Count(count.key(), names.getOrDefault(count.key(), count.key()), count.count());
    }
}
