package app.redline.publicreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a reward is reckoned ({@code redline.public-reports.reward.*}), by default the national scheme
 * for reports of major hazards and violations (2018): a share of the fine, within a minimum and a
 * maximum; a major hazard without a fine earns the minimum.
 */
@ConfigurationProperties("redline.public-reports.reward")
record RewardRule(
        @DefaultValue("15") BigDecimal percentOfFine,
        @DefaultValue("3000") BigDecimal minimum,
        @DefaultValue("300000") BigDecimal maximum) {

    /** A reward reckoned: its amount and how (the figures, in any language). */
    record Reckoned(BigDecimal amount, String basis) {}

    /** The reward for a report that led to a major hazard and/or to a fine ({@code fine} null: none). */
    Reckoned reckon(BigDecimal fine) {
        if (fine == null || fine.signum() == 0) {
            return new Reckoned(minimum.setScale(2, RoundingMode.HALF_UP), "min " + plain(minimum));
        }
        BigDecimal share = fine.multiply(percentOfFine).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal amount = share.max(minimum).min(maximum).setScale(2, RoundingMode.HALF_UP);
        return new Reckoned(
                amount,
                plain(percentOfFine) + "% × " + plain(fine) + " = " + plain(share) + " (" + plain(minimum) + "–"
                        + plain(maximum) + ")");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
