package app.redline.campaign;

/** How far a set of targets has come. */
record Progress(long targeted, long selfInspected, long visited, long notStarted, long outstanding) {

    static final Progress NONE = new Progress(0, 0, 0, 0, 0);

    public long responded() {
        return targeted - outstanding;
    }

    /** The share of targets that have done what the campaign asks, in percent (null when none). */
    public Double respondedRate() {
        return targeted == 0 ? null : 100.0 * responded() / targeted;
    }
}
