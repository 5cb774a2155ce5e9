package app.redline.system;

/**
 * A rule of a form that only the server can check (a duplicate, a region outside the user's
 * reach): the controller shows the message key next to the field and nothing is written.
 */
public class FieldProblem extends RuntimeException {

    private final String field;
    private final String code;

    public FieldProblem(String field, String code) {
        super(field + ": " + code);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
