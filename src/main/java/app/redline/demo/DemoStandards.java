package app.redline.demo;

import app.redline.standard.StandardSeeds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo's judgement standard: the industry and trade standard (MEM Order No. 10 of 2023), whose
 * general articles are in {@code demo/standards.tsv}, judging the industry and trade enterprises;
 * and the industries the other standards of the catalogue judge.
 */
final class DemoStandards {

    static final String CODE = "应急管理部令第10号";
    static final int EDITION = 2023;

    private DemoStandards() {}

    /** Loads the clauses: their ids by clause number. */
    static Map<String, Long> load(StandardSeeds seeds) {
        List<StandardSeeds.Clause> clauses = DemoTsv.rows("standards.tsv").stream()
                .map(f -> new StandardSeeds.Clause(f[0], f[1]))
                .toList();
        seeds.ensure(CODE, EDITION, "工贸企业重大事故隐患判定标准", Set.of("INDUSTRY_TRADE"), clauses);
        seeds.ensure("安监总管三〔2017〕121号", 2017, "", Set.of("HAZARDOUS_CHEMICALS"), List.of());
        seeds.ensure("房屋市政工程重大事故隐患判定标准", 2024, "", Set.of("CONSTRUCTION"), List.of());
        seeds.ensure("城镇燃气经营安全重大隐患判定标准", 2023, "", Set.of("GAS"), List.of());
        seeds.ensure("GB 35181", 2025, "", Set.of("CROWDED_PLACES", "COMMERCE", "STORAGE_LOGISTICS"), List.of());
        Map<String, Long> ids = new LinkedHashMap<>();
        clauses.forEach(c -> ids.put(c.number(), seeds.clauseId(CODE, EDITION, c.number())));
        return ids;
    }
}
