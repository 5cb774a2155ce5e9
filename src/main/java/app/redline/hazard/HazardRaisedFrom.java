package app.redline.hazard;

/**
 * A hazard was reported from another feature's page that named itself as its origin (an
 * investigation task's slot: {@code investigation:<task>:<slot start in epoch ms>}). Published in
 * the report's transaction, so the origin's listener records the link with the hazard or not at all.
 */
public record HazardRaisedFrom(long hazardId, long enterpriseId, long reporterId, String origin) {}
