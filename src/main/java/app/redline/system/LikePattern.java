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
        String escaped = text.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
