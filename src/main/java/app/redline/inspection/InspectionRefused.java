package app.redline.inspection;

/** What an inspection refuses (changing a completed one, completing with unanswered items). */
class InspectionRefused extends RuntimeException {

    private final String code;

    InspectionRefused(String code) {
        super(code);
        this.code = code;
    }

    String code() {
        return code;
    }
}
