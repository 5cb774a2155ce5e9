package app.redline.account;

/** A rule of the user form that only the server can check; the controller shows it next to the field. */
class UserFormException extends RuntimeException {

    private final String field;
    private final String code;

    UserFormException(String field, String code) {
        super(field + ": " + code);
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
