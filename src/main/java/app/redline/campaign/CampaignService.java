package app.redline.campaign;

import app.redline.account.Recipients;
import app.redline.account.Role;
import app.redline.account.SignedInUser;
import app.redline.inspection.CampaignInspections;
import app.redline.inspection.ChecklistTemplates;
import app.redline.notification.Notice;
import app.redline.notification.NotificationType;
import app.redline.notification.Notifications;
import app.redline.organization.OrganizationService;
import app.redline.organization.RiskLevel;
import app.redline.organization.Scope;
import app.redline.organization.UnitSummary;
import app.redline.organization.UnitType;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launches campaigns and runs them. A campaign is in a user's reach when its launching unit is the
 * user's or one of its targets is in the user's scope; the user's <em>part</em> is the targets in
 * their scope. Anything outside the reach is "not found".
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class CampaignService {

    /** At most this many enterprises in one campaign. */
    static final int MAX_TARGETS = 100_000;

    private final app.redline.system.FormSubmissions submissions;
    private final CampaignRepository campaigns;
    private final OrganizationService organization;
    private final ChecklistTemplates templates;
    private final Recipients recipients;
    private final Notifications notifications;
    private final CampaignBoard board;
    private final CampaignInspections inspections;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** The targets a launch form selects, before launching: how many, and the first few. */
    record Selection(List<Long> enterpriseIds, List<String> unknownCreditCodes, String criteria) {

        public int count() {
            return enterpriseIds.size();
        }
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

    // ---- who may do what ----------------------------------------------------------------------

    /** Supervisors of governments and departments launch campaigns in their scope. */
    boolean mayLaunch(SignedInUser user, Scope scope) {
        return user.hasRole(Role.SUPERVISOR) && supervisingUnit(user) && isRegional(scope);
    }

    /** Supervisors of governments and departments in reach run their part: assign visits, urge. */
    boolean mayRun(SignedInUser user, Scope scope) {
        return user.hasRole(Role.SUPERVISOR) && supervisingUnit(user) && !scope.isSingleEnterprise();
    }

    /** Everyone in reach but the enterprises themselves follows the board. */
    static boolean mayFollow(Scope scope) {
        return !scope.isSingleEnterprise() && scope.kind() != Scope.Kind.NONE;
    }

    private boolean supervisingUnit(SignedInUser user) {
        return organization
                .findUnit(user.unitId())
                .map(UnitSummary::type)
                .filter(t -> t == UnitType.GOVERNMENT || t == UnitType.DEPARTMENT)
                .isPresent();
    }

    private static boolean isRegional(Scope scope) {
        return scope.kind() == Scope.Kind.REGION || scope.kind() == Scope.Kind.REGION_INDUSTRIES;
    }

    // ---- reading ------------------------------------------------------------------------------

    Page<CampaignRow> list(SignedInUser user, Scope scope, Campaign.Phase phase, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        Specification<Campaign> spec = inReach(user.unitId(), scope);
        if (phase != null) {
            spec = spec.and((c, q, cb) -> switch (phase) {
                case UPCOMING -> cb.greaterThan(c.get("startsOn"), today);
                case RUNNING ->
                    cb.and(
                            cb.lessThanOrEqualTo(c.get("startsOn"), today),
                            cb.greaterThanOrEqualTo(c.get("endsOn"), today));
                case ENDED -> cb.lessThan(c.get("endsOn"), today);
            });
        }
        Page<Campaign> page = campaigns.findAll(spec, pageable);
        Map<Long, Long> parts = partCounts(scope, page.map(Campaign::getId).toList());
        return page.map(c -> new CampaignRow(c, c.phase(today), parts.getOrDefault(c.getId(), 0L)));
    }

    Campaign load(SignedInUser user, Scope scope, Long id) {
        Specification<Campaign> withId = (c, q, cb) -> cb.equal(c.get("id"), id);
        return campaigns
                .findOne(inReach(user.unitId(), scope).and(withId))
                .orElseThrow(() -> new CampaignNotFoundException(id));
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

    // ---- launching ----------------------------------------------------------------------------

    /** The enterprises a launch form selects in the launcher's scope, and the credit codes it names in vain. */
    Selection select(Scope scope, LaunchForm form, java.util.Locale locale) {
        String region = blankToNull(form.getRegionCode());
        if (region != null && !withinScope(scope, region)) {
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

    private String describe(LaunchForm form, String region, int picked, java.util.Locale locale) {
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
     * Launches a campaign: checks the form against the rules, freezes the selected targets and
     * returns the new campaign's id.
     */
    @Transactional
    Long launch(SignedInUser user, Scope scope, LaunchForm form, java.util.Locale locale) {
        submissions.claim();
        if (!mayLaunch(user, scope)) {
            throw new AccessDeniedException("Not allowed to launch campaigns");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getStartsOn().isBefore(today.minusDays(30))
                || form.getStartsOn().isAfter(today.plusYears(1))) {
            throw new CampaignRefused("campaign.starts.range");
        }
        if (form.getEndsOn().isBefore(form.getStartsOn())
                || form.getEndsOn().isAfter(form.getStartsOn().plusYears(1))
                || form.getEndsOn().isBefore(today)) {
            throw new CampaignRefused("campaign.ends.range");
        }
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
        return campaign.getId();
    }

    // ---- running ------------------------------------------------------------------------------

    /**
     * Begins (or resumes) the user's enterprise's self-inspection with the campaign's checklist, while
     * the campaign runs; returns the inspection's id.
     */
    @Transactional
    Long startSelfInspection(SignedInUser user, Scope scope, Long campaignId) {
        Campaign campaign = load(user, scope, campaignId);
        if (!user.hasRole(Role.ENTERPRISE_MANAGER) || !scope.isSingleEnterprise()) {
            throw new AccessDeniedException("Only an enterprise's managers self-inspect");
        }
        if (!campaign.getMode().asksSelfInspection()) {
            throw new CampaignRefused("campaign.self.notAsked");
        }
        Optional<Long> begun = inspections.find(campaignId, scope.enterpriseId(), true);
        if (begun.isPresent()) {
            return begun.get();
        }
        requireOpen(campaign);
        return inspections.start(user, scope, campaignId, campaign.getTemplateId(), scope.enterpriseId());
    }

    /** Begins (or resumes) an inspector's visit to a target of the user's part, while the campaign runs. */
    @Transactional
    Long startVisit(SignedInUser user, Scope scope, Long campaignId, Long enterpriseId) {
        Campaign campaign = load(user, scope, campaignId);
        if (!user.hasRole(Role.INSPECTOR) || scope.isSingleEnterprise()) {
            throw new AccessDeniedException("Only inspectors visit");
        }
        if (organization.covered(scope, List.of(enterpriseId)).isEmpty() || !isTarget(campaignId, enterpriseId)) {
            throw new CampaignNotFoundException(campaignId);
        }
        if (!campaign.getMode().asksVisits()) {
            throw new CampaignRefused("campaign.visit.notAsked");
        }
        Optional<Long> begun = inspections.find(campaignId, enterpriseId, false);
        if (begun.isPresent()) {
            return begun.get();
        }
        requireOpen(campaign);
        return inspections.start(user, scope, campaignId, campaign.getTemplateId(), enterpriseId);
    }

    /** The enterprise's own inspection of this kind in the campaign, if begun. */
    Optional<Long> inspectionOf(Long campaignId, Long enterpriseId, boolean self) {
        return inspections.find(campaignId, enterpriseId, self);
    }

    private void requireOpen(Campaign campaign) {
        switch (campaign.phase(LocalDate.now(clock))) {
            case UPCOMING -> throw new CampaignRefused("campaign.notStarted");
            case ENDED -> throw new CampaignRefused("campaign.ended");
            case RUNNING -> {}
        }
    }

    /**
     * Sends an inspector to visit targets of the user's part. The inspector must be one the user
     * may send (of a department or government in the user's region) and must cover each enterprise.
     */
    @Transactional
    int assign(SignedInUser user, Scope scope, Long campaignId, Collection<Long> enterpriseIds, Long inspectorId) {
        Campaign campaign = load(user, scope, campaignId);
        if (!mayRun(user, scope)) {
            throw new AccessDeniedException("Not allowed to assign visits");
        }
        if (!campaign.getMode().asksVisits()) {
            throw new CampaignRefused("campaign.assign.noVisits");
        }
        if (campaign.phase(LocalDate.now(clock)) == Campaign.Phase.ENDED) {
            throw new CampaignRefused("campaign.ended");
        }
        if (enterpriseIds.isEmpty()) {
            throw new CampaignRefused("campaign.assign.none");
        }
        var inspector = inspectors(scope).stream()
                .filter(i -> i.userId().equals(inspectorId))
                .findFirst()
                .orElseThrow(() -> new CampaignRefused("campaign.assign.inspector"));
        Set<Long> mine = organization.covered(scope, enterpriseIds);
        Set<Long> theirs = organization.covered(organization.scopeOf(inspector.unitId(), false), mine);
        if (mine.size() < new LinkedHashSet<>(enterpriseIds).size()) {
            throw new CampaignNotFoundException(campaignId);
        }
        if (theirs.size() < mine.size()) {
            throw new CampaignRefused("campaign.assign.outside");
        }
        return jdbc.sql("update campaign_target set inspector_id = :inspector, assigned_by = :by"
                        + " where campaign_id = :campaign and enterprise_id = any(:ids)")
                .param("inspector", inspectorId)
                .param("by", user.id())
                .param("campaign", campaignId)
                .param("ids", theirs.toArray(Long[]::new))
                .update();
    }

    /** The inspectors a supervisor with this scope may send on visits. */
    List<Recipients.Inspector> inspectors(Scope scope) {
        return scope.kind() == Scope.Kind.ALL
                ? recipients.inspectorsUnder(null)
                : recipients.inspectorsUnder(scope.regionCode());
    }

    /**
     * Urges the targets of the user's part that have not done what the campaign asks: the managers
     * of enterprises that have not self-inspected, the inspectors assigned to visits not made. Each
     * target is urged at most once a day. Returns how many targets were urged.
     */
    @Transactional
    int urgeOutstanding(SignedInUser user, Scope scope, Long campaignId) {
        Campaign campaign = load(user, scope, campaignId);
        if (!mayRun(user, scope)) {
            throw new AccessDeniedException("Not allowed to urge");
        }
        LocalDate today = LocalDate.now(clock);
        if (campaign.phase(today) == Campaign.Phase.UPCOMING) {
            throw new CampaignRefused("campaign.urge.upcoming");
        }
        // Two urges at once (a double click, two supervisors) take turns: the second sees the targets
        // the first urged today and urges none of them again.
        jdbc.sql("select id from campaign where id = :id for update")
                .param("id", campaignId)
                .query(Long.class)
                .single();
        List<CampaignBoard.Outstanding> outstanding = board.outstanding(scope, campaign, null, Integer.MAX_VALUE);
        List<CampaignBoard.Outstanding> due =
                outstanding.stream().filter(o -> !today.equals(o.urgedOn())).toList();
        if (due.isEmpty()) {
            throw new CampaignRefused(outstanding.isEmpty() ? "campaign.urge.nothing" : "campaign.urge.today");
        }
        Set<Long> selfMissing = due.stream()
                .filter(o -> campaign.getMode().asksSelfInspection() && !o.selfInspected())
                .map(CampaignBoard.Outstanding::enterpriseId)
                .collect(Collectors.toSet());
        Set<Long> managers = new LinkedHashSet<>();
        recipients.enterprisePeople(selfMissing).values().forEach(p -> managers.addAll(p.managers()));
        Set<Long> inspectorsToUrge = due.stream()
                .filter(o -> campaign.getMode().asksVisits() && !o.visited() && o.inspectorId() != null)
                .map(CampaignBoard.Outstanding::inspectorId)
                .collect(Collectors.toSet());
        List<Notice> notices = new ArrayList<>();
        String detail = user.displayName() + " · " + campaign.getEndsOn();
        if (!managers.isEmpty()) {
            notices.add(Notice.aboutCampaign(
                    managers, NotificationType.CAMPAIGN_URGED, campaignId, campaign.getTitle(), detail));
        }
        if (!inspectorsToUrge.isEmpty()) {
            notices.add(Notice.aboutCampaign(
                    inspectorsToUrge, NotificationType.CAMPAIGN_URGED, campaignId, campaign.getTitle(), detail));
        }
        notifications.send(notices);
        jdbc.sql(
                        "update campaign_target set urged_on = :today where campaign_id = :campaign and enterprise_id = any(:ids)")
                .param("today", today)
                .param("campaign", campaignId)
                .param(
                        "ids",
                        due.stream()
                                .map(CampaignBoard.Outstanding::enterpriseId)
                                .toArray(Long[]::new))
                .update();
        return due.size();
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Campaigns launched by the user's unit, or with a target in the user's scope. */
    static Specification<Campaign> inReach(Long unitId, Scope scope) {
        return (c, query, cb) -> {
            if (scope.kind() == Scope.Kind.ALL) {
                return cb.conjunction();
            }
            Subquery<Integer> target = query.subquery(Integer.class);
            Root<CampaignTarget> t = target.from(CampaignTarget.class);
            target.select(cb.literal(1))
                    .where(
                            cb.equal(t.get("campaignId"), c.get("id")),
                            scope.coversEnterpriseId(t.get("enterpriseId"), target, cb));
            return cb.or(cb.equal(c.get("unitId"), unitId), cb.exists(target));
        };
    }

    /** How many of each campaign's targets are in the scope: one grouped query. */
    private Map<Long, Long> partCounts(Scope scope, List<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        return board.partCounts(scope, campaignIds);
    }

    private static boolean withinScope(Scope scope, String region) {
        return switch (scope.kind()) {
            case ALL -> true;
            case REGION, REGION_INDUSTRIES -> region.startsWith(scope.regionCode());
            default -> false;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
