package app.redline.prevention;

/** The four kinds of control measure: engineering and technical, maintenance, operating behaviour, emergency. */
public enum MeasureKind {
    ENGINEERING,
    MAINTENANCE,
    BEHAVIOUR,
    EMERGENCY
}
