package app.redline.campaign;

/** What a campaign asks: that enterprises self-inspect, that inspectors visit, or both. */
public enum CampaignMode {
    SELF,
    VISIT,
    BOTH;

    public boolean asksSelfInspection() {
        return this != VISIT;
    }

    public boolean asksVisits() {
        return this != SELF;
    }
}
