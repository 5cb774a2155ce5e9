package app.redline.hazard;

/** Where a hazard is in its closed loop. Overdue is not a state: it is derived from the deadline. */
public enum HazardState {
    REPORTED,
    RECTIFYING,
    PENDING_ACCEPTANCE,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
