package app.redline.accident;

import app.redline.system.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * An accident at an enterprise: when, where and what happened, its figures as the newest report
 * gives them and the level they make. Where the enterprise was (its region and industries) is kept
 * as it was on the day: that is who supervises the accident.
 */
@Entity
@Table(name = "accident")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Accident extends BaseEntity {

    /** The enterprise, or null for an accident at a place that is not one (then its site names it). */
    private Long enterpriseId;

    private String site;

    private String regionCode;

    private String[] industries;

    private Instant occurredAt;

    private String place;

    @Enumerated(EnumType.STRING)
    private AccidentType type;

    private String summary;

    private int deaths;

    private int seriousInjuries;

    private int minorInjuries;

    private BigDecimal directLoss;

    @Enumerated(EnumType.STRING)
    private AccidentLevel level;

    private Instant lastReportAt;

    private Long recordedBy;

    private Instant recordedAt;

    @Version
    private long version;

    Accident(
            Long enterpriseId,
            String regionCode,
            String[] industries,
            AccidentForm.Facts facts,
            Long recordedBy,
            Instant recordedAt) {
        this.enterpriseId = enterpriseId;
        this.regionCode = regionCode;
        this.industries = industries.clone();
        this.occurredAt = facts.occurredAt();
        this.place = facts.place();
        this.type = facts.type();
        this.summary = facts.summary();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        reported(facts.casualties(), recordedAt);
    }

    /** A newer report was recorded: its figures, and the level they make. */
    void reported(Casualties casualties, Instant at) {
        this.lastReportAt = at;
        this.deaths = casualties.deaths();
        this.seriousInjuries = casualties.seriousInjuries();
        this.minorInjuries = casualties.minorInjuries();
        this.directLoss = casualties.directLoss();
        this.level = AccidentLevel.judge(casualties).level();
    }

    /** An accident at an enterprise, under its region and industries of the day. */
    static Accident at(
            app.redline.organization.EnterpriseRow enterprise,
            AccidentForm.Facts facts,
            Long recordedBy,
            Instant recordedAt) {
        return new Accident(
                enterprise.id(),
                enterprise.region().code(),
                enterprise.industries().stream()
                        .map(app.redline.organization.Named::code)
                        .sorted()
                        .toArray(String[]::new),
                facts,
                recordedBy,
                recordedAt);
    }

    /** An accident at a place that is not an enterprise Redline knows. */
    static Accident atSite(
            String site,
            String regionCode,
            String[] industries,
            AccidentForm.Facts facts,
            Long recordedBy,
            Instant recordedAt) {
        Accident accident = new Accident(null, regionCode, industries, facts, recordedBy, recordedAt);
        accident.site = site;
        return accident;
    }

    public boolean isAtSite() {
        return enterpriseId == null;
    }

    /** Whether the scope holds the accident: its enterprise, or its region and industries. */
    boolean heldBy(app.redline.organization.Scope scope) {
        if (enterpriseId == null) {
            return !scope.isSingleEnterprise() && scope.holds(-1, regionCode, java.util.Arrays.asList(industries));
        }
        return scope.holds(enterpriseId, regionCode, java.util.Arrays.asList(industries));
    }

    public Casualties casualties() {
        return new Casualties(deaths, seriousInjuries, minorInjuries, directLoss);
    }

    public AccidentLevel.Judgement judgement() {
        return AccidentLevel.judge(casualties());
    }
}
