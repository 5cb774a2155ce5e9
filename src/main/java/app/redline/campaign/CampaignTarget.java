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
    @Column(name = "campaign_id")
    private Long campaignId;

    @Id
    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(name = "inspector_id")
    private Long inspectorId;

    @Column(name = "urged_on")
    private LocalDate urgedOn;
}
