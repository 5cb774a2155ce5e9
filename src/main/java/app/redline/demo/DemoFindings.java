package app.redline.demo;

import app.redline.hazard.HazardCategory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the demo's inspectors find: findings any enterprise may have, and findings of each
 * industry, with the rule each breaks, so that a hazard fits the enterprise it is found at. The
 * catalogue is data ({@code demo/findings.tsv}): one finding a line, its industry {@code *} when
 * any enterprise may have it.
 */
final class DemoFindings {

    private DemoFindings() {}

    record Finding(String location, String description, HazardCategory category, String basis) {}

    private static final String ANY = "*";

    /** The catalogue by industry code, the findings any enterprise may have under {@link #ANY}. */
    private static final Map<String, List<Finding>> CATALOGUE = read("findings.tsv");

    /** Findings any enterprise may have: electricity, exits, training, fire equipment. */
    static List<Finding> general() {
        return CATALOGUE.get(ANY);
    }

    /** Findings of each industry, by its code. */
    static Map<String, List<Finding>> byIndustry() {
        Map<String, List<Finding>> byIndustry = new LinkedHashMap<>(CATALOGUE);
        byIndustry.remove(ANY);
        return byIndustry;
    }

    /** Two in three findings from the enterprise's own industries, the rest of the kind any has. */
    static Finding finding(Random random, List<String> industries) {
        List<Finding> own = industries.stream()
                .filter(code -> !ANY.equals(code))
                .flatMap(code -> CATALOGUE.getOrDefault(code, List.of()).stream())
                .toList();
        List<Finding> from = own.isEmpty() || random.nextInt(3) == 0 ? general() : own;
        return from.get(random.nextInt(from.size()));
    }

    private static Map<String, List<Finding>> read(String name) {
        Map<String, List<Finding>> catalogue = new LinkedHashMap<>();
        for (String[] f : DemoTsv.rows(name)) {
            catalogue
                    .computeIfAbsent(f[0], code -> new ArrayList<>())
                    .add(new Finding(f[1], f[2], HazardCategory.valueOf(f[3]), f[4]));
        }
        return catalogue;
    }
}
