package app.redline.system;

/**
 * A page number from the query string, clamped: never negative, and never so far out that the
 * offset overflows (a list of a million rows at 25 a page has 40,000 pages).
 */
public final class Paging {

    /** The last page number any list shows. */
    public static final int MAX_PAGE = 100_000;

    private Paging() {}

    public static int page(int requested) {
        return Math.min(Math.max(requested, 0), MAX_PAGE);
    }
}
