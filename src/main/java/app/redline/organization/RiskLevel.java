package app.redline.organization;

/** An enterprise's risk level: red (major), orange (high), yellow (moderate), blue (low). */
public enum RiskLevel {
    RED,
    ORANGE,
    YELLOW,
    BLUE
}
