package app.redline.system;

import java.util.Locale;

/** A user's search text as a case-insensitive SQL LIKE "contains" pattern, wildcards escaped ('\'). */
public final class LikePattern {

    private LikePattern() {}

    /** The pattern, or null when there is nothing to search for. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    /** A case-sensitive "starts with" pattern (codes), or null when there is nothing to match. */
    public static String prefix(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return escape(text.trim()) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
