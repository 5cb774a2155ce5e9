package app.redline.hazard;

import app.redline.system.KeptValues;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Figures that cost a group-by over many roll-up rows (the enterprises with the most overdue
 * hazards), kept a short while ({@code redline.figures.recent-for}, 30 s) per instance: under a
 * crowd of supervisors the same scope's figure is computed once per interval, not once per page.
 * Zero computes every time (the tests).
 */
@Component
class RecentFigures {

    private static final int MAX_ENTRIES = 10_000;

    private final KeptValues<String, Object> kept;

    RecentFigures(@Value("${redline.figures.recent-for:30s}") Duration recentFor) {
        this.kept = new KeptValues<>(recentFor, MAX_ENTRIES);
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        return (T) kept.get(key, compute::get);
    }

    /** A key of a query and its parameters (arrays by their content). */
    static String key(String sql, Map<String, Object> params) {
        StringBuilder key = new StringBuilder(sql);
        new TreeMap<>(params)
                .forEach((name, value) -> key.append('|')
                        .append(name)
                        .append('=')
                        .append(value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value)));
        return key.toString();
    }
}
