package app.redline.campaign;

import app.redline.system.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A special rectification campaign: why, who launched it over which region, the checklist, the
 * dates, what it asks, and how its targets (campaign_target, frozen at launch) were chosen.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Campaign extends BaseEntity {

    /** Where a campaign stands on a day. */
    public enum Phase {
        UPCOMING,
        RUNNING,
        ENDED
    }

    private String title;

    private String reason;

    private String reasonLink;

    private Long unitId;

    private String regionCode;

    private Long launchedBy;

    private Instant launchedAt;

    private Long templateId;

    private LocalDate startsOn;

    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private CampaignMode mode;

    private String criteria;

    private int targetCount;

    @Version
    private long version;

    Campaign(
            String title,
            String reason,
            String reasonLink,
            Long unitId,
            String regionCode,
            Long launchedBy,
            Instant launchedAt,
            Long templateId,
            LocalDate startsOn,
            LocalDate endsOn,
            CampaignMode mode,
            String criteria,
            int targetCount) {
        this.title = title;
        this.reason = reason;
        this.reasonLink = reasonLink;
        this.unitId = unitId;
        this.regionCode = regionCode;
        this.launchedBy = launchedBy;
        this.launchedAt = launchedAt;
        this.templateId = templateId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.mode = mode;
        this.criteria = criteria;
        this.targetCount = targetCount;
    }

    public Phase phase(LocalDate day) {
        if (day.isBefore(startsOn)) {
            return Phase.UPCOMING;
        }
        return day.isAfter(endsOn) ? Phase.ENDED : Phase.RUNNING;
    }

    /** Whether inspections may be begun and completed for it on a day: from its start to its end date. */
    public boolean isOpen(LocalDate day) {
        return phase(day) == Phase.RUNNING;
    }
}
