package app.redline.campaign;

import app.redline.account.SignedInUser;
import app.redline.inspection.ChecklistTemplates;
import app.redline.organization.OrganizationService;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.system.FormSubmissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launches campaigns: selects the targets a launch form names in the launcher's scope, checks the
 * form against the rules and freezes the targets.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class CampaignLaunches {

    /** At most this many enterprises in one campaign. */
    static final int MAX_TARGETS = 100_000;

    private final FormSubmissions submissions;
    private final CampaignRepository campaigns;
    private final CampaignWindows windows;
    private final CampaignAccess access;
    private final OrganizationService organization;
    private final ChecklistTemplates templates;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    /** The targets a launch form selects, before launching: how many, and the first few. */
    record Selection(List<Long> enterpriseIds, List<String> unknownCreditCodes, String criteria) {

        public int count() {
            return enterpriseIds.size();
        }
    }

    /** The enterprises a launch form selects in the launcher's scope, and the credit codes it names in vain. */
    Selection select(Scope scope, LaunchForm form, Locale locale) {
        String region = blankToNull(form.getRegionCode());
        if (region != null && !CampaignAccess.withinScope(scope, region)) {
            throw new CampaignRefused("campaign.region.outside");
        }
        Set<String> picked = form.pickedCreditCodes();
        Set<Long> ids = new TreeSet<>();
        if (form.hasCriteria() || picked.isEmpty()) {
            ids.addAll(organization.selectEnterprises(scope, region, form.getIndustryCodes(), form.getRiskLevels()));
        }
        Map<String, Long> byCode = organization.enterpriseIdsByCreditCode(scope, picked);
        ids.addAll(byCode.values());
        List<String> unknown =
                picked.stream().filter(code -> !byCode.containsKey(code)).toList();
        return new Selection(new ArrayList<>(ids), unknown, describe(form, region, picked.size(), locale));
    }

    private String describe(LaunchForm form, String region, int picked, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (region != null) {
            parts.add(organization.regionName(region, locale).orElse(region));
        }
        if (!form.getIndustryCodes().isEmpty()) {
            Map<String, String> names =
                    organization.industries().stream().collect(Collectors.toMap(n -> n.code(), n -> n.name(locale)));
            parts.add(form.getIndustryCodes().stream()
                    .map(code -> names.getOrDefault(code, code))
                    .collect(Collectors.joining("/")));
        }
        if (!form.getRiskLevels().isEmpty()) {
            parts.add(form.getRiskLevels().stream().map(RiskLevel::name).collect(Collectors.joining("/")));
        }
        String criteria = String.join(" · ", parts);
        if (picked > 0) {
            criteria = criteria.isEmpty() ? "+" + picked : criteria + " + " + picked;
        }
        return criteria.length() > 1000 ? criteria.substring(0, 1000) : criteria;
    }

    /**
     * A campaign's dates: it starts at most 30 days back and at most a year ahead, and ends on or
     * after its start, within a year of it, and not before today.
     */
    static void checkDates(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (startsOn.isBefore(today.minusDays(30)) || startsOn.isAfter(today.plusYears(1))) {
            throw new CampaignRefused("campaign.starts.range");
        }
        if (endsOn.isBefore(startsOn) || endsOn.isAfter(startsOn.plusYears(1)) || endsOn.isBefore(today)) {
            throw new CampaignRefused("campaign.ends.range");
        }
    }

    /**
     * Launches a campaign: checks the form against the rules, freezes the selected targets and
     * returns the new campaign's id.
     */
    @Transactional
    Long launch(SignedInUser user, Scope scope, LaunchForm form, Locale locale) {
        submissions.claim();
        if (!access.mayLaunch(user, scope)) {
            throw new AccessDeniedException("Not allowed to launch campaigns");
        }
        checkDates(form.getStartsOn(), form.getEndsOn(), LocalDate.now(clock));
        if (!templates.isCurrent(form.getTemplateId())) {
            throw new CampaignRefused("campaign.template.unknown");
        }
        Selection selection = select(scope, form, locale);
        if (!selection.unknownCreditCodes().isEmpty()) {
            throw new CampaignRefused("campaign.targets.unknown");
        }
        if (selection.count() == 0) {
            throw new CampaignRefused("campaign.targets.none");
        }
        if (selection.count() > MAX_TARGETS) {
            throw new CampaignRefused("campaign.targets.tooMany");
        }
        Campaign campaign = campaigns.saveAndFlush(new Campaign(
                form.getTitle(),
                form.getReason(),
                blankToNull(form.getReasonLink()),
                user.unitId(),
                scope.regionCode(),
                user.id(),
                Instant.now(clock),
                form.getTemplateId(),
                form.getStartsOn(),
                form.getEndsOn(),
                form.getMode(),
                selection.criteria(),
                selection.count()));
        List<Object[]> rows = selection.enterpriseIds().stream()
                .map(id -> new Object[] {campaign.getId(), id})
                .toList();
        jdbcTemplate.batchUpdate("insert into campaign_target (campaign_id, enterprise_id) values (?, ?)", rows);
        windows.launched();
        if (form.getOrigin() != null && !form.getOrigin().isBlank()) {
            publisher.publishEvent(new CampaignLaunchedFrom(campaign.getId(), user.id(), form.getOrigin()));
        }
        return campaign.getId();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
