package app.redline.demo;

import app.redline.inspection.ChecklistTemplate.Item;
import app.redline.inspection.TemplateAdministration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Realistic checklists for the demo (crowded places, chemicals storage, construction sites, industry
 * and trade), from {@code demo/checklists.tsv}: a line per item, under its template's name and industries,
 * naming the clauses of the demo's judgement standard (by number) that failing its major items meets.
 */
final class DemoTemplates {

    private DemoTemplates() {}

    static void load(TemplateAdministration templates, Map<String, Long> clauses) {
        Map<String, Set<String>> industries = new LinkedHashMap<>();
        Map<String, List<Item>> items = new LinkedHashMap<>();
        for (String[] f : DemoTsv.rows("checklists.tsv")) {
            industries.putIfAbsent(f[0], Set.of(f[1].split(",")));
            items.computeIfAbsent(f[0], name -> new ArrayList<>())
                    .add(new Item(f[2], f[3], Boolean.parseBoolean(f[4]), f.length > 5 ? clauses.get(f[5]) : null));
        }
        items.forEach((name, list) -> templates.ensure(name, industries.get(name), list));
    }
}
