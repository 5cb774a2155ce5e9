package app.redline.demo;

import app.redline.organization.OrganizationSeeds;

/** The key-industry catalogue, with industry and trade split into its sub-sectors. */
final class DemoIndustries {

    private static final String[][] INDUSTRIES = {
        {"COAL_MINING", null, "煤矿", "Coal mines"},
        {"MINING", null, "非煤矿山", "Non-coal mines"},
        {"HAZARDOUS_CHEMICALS", null, "危险化学品", "Hazardous chemicals"},
        {"FIREWORKS", null, "烟花爆竹", "Fireworks"},
        {"CONSTRUCTION", null, "建筑施工", "Construction"},
        {"INDUSTRY_TRADE", null, "工贸行业", "Industry and trade"},
        {"METALLURGY", "INDUSTRY_TRADE", "冶金", "Metallurgy"},
        {"NONFERROUS", "INDUSTRY_TRADE", "有色", "Non-ferrous metals"},
        {"BUILDING_MATERIALS", "INDUSTRY_TRADE", "建材", "Building materials"},
        {"MACHINERY", "INDUSTRY_TRADE", "机械", "Machinery"},
        {"LIGHT_INDUSTRY", "INDUSTRY_TRADE", "轻工", "Light industry"},
        {"TEXTILE", "INDUSTRY_TRADE", "纺织", "Textiles"},
        {"TOBACCO", "INDUSTRY_TRADE", "烟草", "Tobacco"},
        {"COMMERCE", "INDUSTRY_TRADE", "商贸", "Commerce and trade"},
        {"ROAD_TRANSPORT", null, "道路运输", "Road transport"},
        {"WATER_TRANSPORT", null, "水上运输", "Water transport"},
        {"FISHING_VESSELS", null, "渔业船舶", "Fishing vessels"},
        {"GAS", null, "城镇燃气", "Urban gas"},
        {"SPECIAL_EQUIPMENT", null, "特种设备", "Special equipment"},
        {"CROWDED_PLACES", null, "人员密集场所消防安全", "Fire safety of crowded places"},
        {"STORAGE_LOGISTICS", null, "仓储物流", "Storage and logistics"},
        {"CIVIL_EXPLOSIVES", null, "民用爆炸物品", "Civil explosives"},
    };

    private DemoIndustries() {}

    static void load(OrganizationSeeds organizationSeeds) {
        for (int i = 0; i < INDUSTRIES.length; i++) {
            String[] industry = INDUSTRIES[i];
            organizationSeeds.ensureIndustry(industry[0], industry[1], industry[2], industry[3], (i + 1) * 10);
        }
    }
}
