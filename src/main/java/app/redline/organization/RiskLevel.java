package app.redline.organization;

import java.util.Locale;
import java.util.Map;

/** An enterprise's risk level: red (major), orange (high), yellow (moderate), blue (low). */
public enum RiskLevel {
    RED,
    ORANGE,
    YELLOW,
    BLUE;

    /** A risk level as people write it in a file: its code or colour, in English or Chinese (红, 红色, 重大风险). */
    public static RiskLevel parse(String text) {
        return text == null ? null : NAMES.get(text.strip().toLowerCase(Locale.ROOT));
    }

    private static final Map<String, RiskLevel> NAMES = Map.ofEntries(
            Map.entry("red", RED),
            Map.entry("红", RED),
            Map.entry("红色", RED),
            Map.entry("重大风险", RED),
            Map.entry("major", RED),
            Map.entry("orange", ORANGE),
            Map.entry("橙", ORANGE),
            Map.entry("橙色", ORANGE),
            Map.entry("较大风险", ORANGE),
            Map.entry("yellow", YELLOW),
            Map.entry("黄", YELLOW),
            Map.entry("黄色", YELLOW),
            Map.entry("一般风险", YELLOW),
            Map.entry("blue", BLUE),
            Map.entry("蓝", BLUE),
            Map.entry("蓝色", BLUE),
            Map.entry("低风险", BLUE),
            Map.entry("low", BLUE));
}
