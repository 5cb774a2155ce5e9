package app.redline.notification;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a notification's text the way the reader's language writes them in formal text: a
 * Chinese reader reads 2026年12月11日, not 2026-12-11 (a notification keeps its details as ISO
 * dates; they are rewritten when shown or mailed).
 */
public final class DocumentDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DocumentDates() {}

    public static String of(String text, Locale locale) {
        if (text == null || locale == null || !"zh".equals(locale.getLanguage())) {
            return text;
        }
        Matcher m = ISO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out,
                    Integer.parseInt(m.group(1)) + "年" + Integer.parseInt(m.group(2)) + "月"
                            + Integer.parseInt(m.group(3)) + "日");
        }
        m.appendTail(out);
        return out.toString();
    }
}
