package app.redline.hazard;

/** A hazard was accepted and closed; published in the transaction that closed it. */
public record HazardClosed(Long hazardId, Long enterpriseId) {}
