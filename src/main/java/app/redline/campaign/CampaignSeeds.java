package app.redline.campaign;

import app.redline.inspection.ChecklistTemplates;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.Seeds;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes campaigns with a past, for the demo installation. */
@Seeds
@Service
@RequiredArgsConstructor
public class CampaignSeeds {

    /** A campaign launched by a unit over its region's enterprises of some industries, on dates relative to today. */
    public record Launch(
            String title,
            String reason,
            Long unitId,
            String regionCode,
            Long launchedBy,
            String templateName,
            int startedDaysAgo,
            int endsInDays,
            CampaignMode mode,
            Set<String> industries,
            String criteria) {}

    /** A launched campaign: its id, checklist and frozen targets in id order. */
    public record Launched(Long id, Long templateId, List<Long> targets) {}

    private final CampaignRepository campaigns;
    private final CampaignWindows windows;
    private final OrganizationService organization;
    private final ChecklistTemplates templates;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final Clock clock;

    public boolean hasCampaigns() {
        return campaigns.count() > 0;
    }

    @Transactional
    public Launched launch(Launch launch) {
        LocalDate today = LocalDate.now(clock);
        Long templateId = templates.current().stream()
                .filter(t -> t.name().equals(launch.templateName()))
                .findFirst()
                .orElseThrow()
                .id();
        List<Long> targets = organization.selectEnterprises(
                Scope.region(launch.regionCode()), launch.regionCode(), launch.industries(), Set.of());
        LocalDate starts = today.minusDays(launch.startedDaysAgo());
        Campaign campaign = campaigns.saveAndFlush(new Campaign(
                launch.title(),
                launch.reason(),
                null,
                launch.unitId(),
                launch.regionCode(),
                launch.launchedBy(),
                starts.minusDays(2)
                        .atTime(LocalTime.of(10, 0))
                        .atZone(clock.getZone())
                        .toInstant(),
                templateId,
                starts,
                today.plusDays(launch.endsInDays()),
                launch.mode(),
                launch.criteria(),
                targets.size()));
        jdbcTemplate.batchUpdate(
                "insert into campaign_target (campaign_id, enterprise_id) values (?, ?)",
                targets.stream().map(id -> new Object[] {campaign.getId(), id}).toList());
        windows.launched();
        return new Launched(campaign.getId(), templateId, targets);
    }

    /** Sends an inspector to visit some targets. */
    @Transactional
    public void assign(Long campaignId, List<Long> enterpriseIds, Long inspectorId, Long assignedBy) {
        jdbc.sql("update campaign_target set inspector_id = :inspector, assigned_by = :by"
                        + " where campaign_id = :campaign and enterprise_id = any(:ids)")
                .param("inspector", inspectorId)
                .param("by", assignedBy)
                .param("campaign", campaignId)
                .param("ids", enterpriseIds.toArray(Long[]::new))
                .update();
    }
}
