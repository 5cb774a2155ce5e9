package app.redline.publicreport;

/** Where a reward stands: proposed by the handler, approved or refused by a supervisor, paid. */
public enum RewardStatus {
    PROPOSED,
    APPROVED,
    REFUSED,
    PAID
}
