package app.redline.hazard;

/**
 * An action the hazard refuses in its current state, or a plan it cannot take; {@code code} is the
 * message key that says why. Nothing has changed when this is thrown.
 */
public class HazardRefused extends RuntimeException {

    private final String code;
    private final String field;

    public HazardRefused(String code) {
        this(null, code);
    }

    public HazardRefused(String field, String code) {
        super(code);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The form field the refusal belongs to, or null for the action as a whole. */
    public String field() {
        return field;
    }
}
