package app.redline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The demo's hazards fit their enterprises: a finding comes from its industry or is one any enterprise may have. */
class DemoHazardsTests {

    @Test
    void aFindingComesFromTheEnterprisesIndustryOrIsGeneral() {
        Random random = new Random(1);
        DemoFindings.byIndustry().forEach((industry, own) -> {
            List<DemoFindings.Finding> allowed = new ArrayList<>(own);
            allowed.addAll(DemoFindings.general());
            for (int i = 0; i < 200; i++) {
                assertThat(DemoFindings.finding(random, List.of(industry)))
                        .as("a finding at an enterprise of " + industry)
                        .isIn(allowed);
            }
        });
        // A hardware factory never gets the mall's restaurant, a fireworks wholesaler never the punch press.
        for (int i = 0; i < 200; i++) {
            assertThat(DemoFindings.finding(random, List.of("MACHINERY")).location())
                    .isNotEqualTo("商场三楼餐饮区");
            assertThat(DemoFindings.finding(random, List.of("FIREWORKS")).location())
                    .isNotEqualTo("冲压车间");
        }
    }

    @Test
    void everyDemoIndustryOfAnEnterpriseHasItsOwnFindings() {
        for (String industry : List.of(
                "HAZARDOUS_CHEMICALS",
                "MACHINERY",
                "CONSTRUCTION",
                "GAS",
                "STORAGE_LOGISTICS",
                "ROAD_TRANSPORT",
                "CROWDED_PLACES",
                "TEXTILE",
                "NONFERROUS",
                "BUILDING_MATERIALS",
                "LIGHT_INDUSTRY",
                "METALLURGY",
                "SPECIAL_EQUIPMENT",
                "WATER_TRANSPORT",
                "FIREWORKS")) {
            assertThat(DemoFindings.byIndustry()).as(industry).containsKey(industry);
        }
    }
}
