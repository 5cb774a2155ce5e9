package app.redline.publicreport;

/**
 * A report or a step of its case that cannot be taken: {@code code} is the message key that says
 * why, {@code field} the form field it concerns (or null). Nothing has changed when this is thrown.
 */
class ReportRefused extends RuntimeException {

    private final String field;
    private final String code;

    ReportRefused(String field, String code) {
        super(code);
        this.field = field;
        this.code = code;
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }
}
