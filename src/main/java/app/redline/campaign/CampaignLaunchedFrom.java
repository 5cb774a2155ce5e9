package app.redline.campaign;

/**
 * A campaign was launched from another feature's page that named itself as its origin (an
 * accident, for 举一反三), published in the launch's transaction: the origin's listener records the
 * link with the campaign, or not at all.
 */
public record CampaignLaunchedFrom(long campaignId, long launcherId, String origin) {}
