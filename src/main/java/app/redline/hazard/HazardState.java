package app.redline.hazard;

import java.util.EnumSet;

/** Where a hazard is in its closed loop. Overdue is not a state: it is derived from the deadline. */
public enum HazardState {
    REPORTED,
    RECTIFYING,
    PENDING_ACCEPTANCE,
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Every state but closed. */
    public static EnumSet<HazardState> openStates() {
        return EnumSet.complementOf(EnumSet.of(CLOSED));
    }
}
