package app.redline.hazard;

import java.util.List;

/**
 * An action the hazard refuses in its current state, or a plan it cannot take; {@code code} is the
 * message key that says why. Nothing has changed when this is thrown.
 */
public class HazardRefused extends RuntimeException {

    private final String code;
    private final String field;
    private final transient Object[] args;
    private final transient List<HazardRefused> all;

    public HazardRefused(String code) {
        this(null, code);
    }

    public HazardRefused(String field, String code) {
        this(field, code, (Object[]) null);
    }

    /** A refusal whose message shows values, such as the name of the file at fault. */
    public HazardRefused(String field, String code, Object... args) {
        super(code);
        this.code = code;
        this.field = field;
        this.args = args;
        this.all = List.of(this);
    }

    private HazardRefused(List<HazardRefused> all) {
        super(all.get(0).code);
        this.code = all.get(0).code;
        this.field = all.get(0).field;
        this.args = all.get(0).args;
        this.all = List.copyOf(all);
    }

    /** Refuses with every problem found at once (each with its field), or does nothing when none. */
    public static void throwIfAny(List<HazardRefused> problems) {
        if (!problems.isEmpty()) {
            throw new HazardRefused(problems);
        }
    }

    /** Every problem this refusal stands for: itself alone, or all those found together. */
    public List<HazardRefused> all() {
        return all;
    }

    public String code() {
        return code;
    }

    /** The values the message shows, or null. */
    public Object[] args() {
        return args;
    }

    /** The form field the refusal belongs to, or null for the action as a whole. */
    public String field() {
        return field;
    }
}
