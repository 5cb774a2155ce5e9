package app.redline.accident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The level of an accident (State Council Decree No. 493, Art. 3): the highest that any of its
 * figures reaches — deaths 3 / 10 / 30, serious injuries 10 / 50 / 100, direct loss 10 / 50 / 100
 * million RMB for larger / major / especially major; below all of them it is general.
 */
public enum AccidentLevel {
    GENERAL,
    LARGER,
    MAJOR,
    ESPECIALLY_MAJOR;

    /** The figure and the thresholds (larger, major, especially major) it is judged by. */
    enum Figure {
        DEATHS(3, 10, 30),
        SERIOUS_INJURIES(10, 50, 100),
        /** In 10,000 RMB: 10, 50 and 100 million. */
        DIRECT_LOSS(1_000, 5_000, 10_000);

        private final long[] thresholds;

        Figure(long larger, long major, long especiallyMajor) {
            this.thresholds = new long[] {larger, major, especiallyMajor};
        }

        BigDecimal value(Casualties c) {
            return switch (this) {
                case DEATHS -> BigDecimal.valueOf(c.deaths());
                case SERIOUS_INJURIES -> BigDecimal.valueOf(c.seriousInjuries());
                case DIRECT_LOSS -> c.directLoss();
            };
        }

        /** The level this figure alone gives, and the threshold it reached (0 for general). */
        AccidentLevel levelOf(Casualties c) {
            BigDecimal value = value(c);
            int reached = 0;
            while (reached < thresholds.length && value.compareTo(BigDecimal.valueOf(thresholds[reached])) >= 0) {
                reached++;
            }
            return AccidentLevel.values()[reached];
        }

        long threshold(AccidentLevel level) {
            return level == GENERAL ? 0 : thresholds[level.ordinal() - 1];
        }
    }

    /** Why an accident has its level: the figures that reached it, each with its threshold. */
    public record Judgement(AccidentLevel level, List<Reason> reasons) {}

    /** A figure (its value) that reached the level's threshold. */
    public record Reason(Figure figure, BigDecimal value, long threshold) {

        public String key() {
            return "accident.reason." + figure.name();
        }
    }

    /** The level of these figures, with the figures that made it (none for a general accident). */
    public static Judgement judge(Casualties casualties) {
        AccidentLevel level = GENERAL;
        for (Figure figure : Figure.values()) {
            AccidentLevel by = figure.levelOf(casualties);
            if (by.compareTo(level) > 0) {
                level = by;
            }
        }
        List<Reason> reasons = new ArrayList<>();
        if (level != GENERAL) {
            for (Figure figure : Figure.values()) {
                if (figure.levelOf(casualties) == level) {
                    reasons.add(new Reason(figure, figure.value(casualties), figure.threshold(level)));
                }
            }
        }
        return new Judgement(level, List.copyOf(reasons));
    }

    /**
     * How far up the reporting chain an accident of this level goes (Art. 10): a general accident to
     * the city, a larger one to the province, a major or especially major one to the top. The
     * shortest region code of a unit that is told.
     */
    int reachesCodeLength() {
        return this == GENERAL ? 4 : 2;
    }
}
