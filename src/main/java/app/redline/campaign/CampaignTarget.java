package app.redline.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One enterprise of a campaign's frozen target list, with the inspector sent to visit it. Written with SQL. */
@Entity
@Getter
@IdClass(CampaignTarget.Key.class)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class CampaignTarget {

    record Key(Long campaignId, Long enterpriseId) implements Serializable {}

    @Id
    private Long campaignId;

    @Id
    private Long enterpriseId;

    private Long inspectorId;

    private LocalDate urgedOn;

    // What the target has done in the campaign: kept by the database from the campaign's inspections
    // at the enterprise (migration V20), never written here.
    @Column(insertable = false, updatable = false)
    private boolean selfInspected;

    @Column(insertable = false, updatable = false)
    private boolean visited;

    @Column(insertable = false, updatable = false)
    private boolean begun;
}
