package app.redline.campaign;

/** An action the campaign's rules refuse; the code is a message key shown to the user. */
class CampaignRefused extends RuntimeException {

    private final String code;

    CampaignRefused(String code) {
        super(code);
        this.code = code;
    }

    String code() {
        return code;
    }
}
