package app.redline.prevention;

/** What a risk object is. */
public enum ObjectKind {
    WORKSHOP,
    STORAGE,
    MAJOR_HAZARD_SOURCE,
    EQUIPMENT,
    PLACE,
    ACTIVITY
}
