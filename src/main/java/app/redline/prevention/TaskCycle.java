package app.redline.prevention;

/** How often an investigation task falls due. */
public enum TaskCycle {
    HOUR,
    SHIFT,
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR
}
