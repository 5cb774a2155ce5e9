package app.redline.campaign;

/** What the targets list filters by. */
enum TargetStatus {
    ALL,
    OUTSTANDING,
    NOT_STARTED,
    RESPONDED,
    MINE
}
