package app.redline.accident;

import java.math.BigDecimal;

/**
 * An accident's figures as a report gives them: deaths, serious and minor injuries (acute
 * industrial poisoning counts as injury), and the direct economic loss in 10,000 RMB (万元).
 */
public record Casualties(int deaths, int seriousInjuries, int minorInjuries, BigDecimal directLoss) {

    public Casualties {
        if (deaths < 0 || seriousInjuries < 0 || minorInjuries < 0 || directLoss == null || directLoss.signum() < 0) {
            throw new IllegalArgumentException("Figures are never negative");
        }
    }
}
