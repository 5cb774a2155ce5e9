package app.redline.demo;

import app.redline.organization.OrganizationSeeds;
import java.util.List;

/** The key-industry catalogue, with industry and trade split into its sub-sectors ({@code demo/industries.tsv}). */
final class DemoIndustries {

    private DemoIndustries() {}

    static void load(OrganizationSeeds organizationSeeds) {
        List<String[]> industries = DemoTsv.rows("industries.tsv");
        for (int i = 0; i < industries.size(); i++) {
            String[] industry = industries.get(i);
            String parent = industry[1].isEmpty() ? null : industry[1];
            organizationSeeds.ensureIndustry(industry[0], parent, industry[2], industry[3], (i + 1) * 10);
        }
    }
}
