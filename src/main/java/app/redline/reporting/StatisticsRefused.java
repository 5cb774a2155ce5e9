package app.redline.reporting;

/** A step on a statistics table that does not fit (a period not ended, a table signed already): the message's code. */
public class StatisticsRefused extends RuntimeException {

    private final String code;

    public StatisticsRefused(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
