package app.redline.publicreport;

/** Where a case stands: waiting for its verification, or decided one way or the other. */
public enum ReportStatus {
    RECEIVED,
    HAZARD_RAISED,
    DISMISSED
}
