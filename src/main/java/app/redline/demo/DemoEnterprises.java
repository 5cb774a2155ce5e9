package app.redline.demo;

import app.redline.organization.CreditCode;
import app.redline.organization.EnterpriseDetails;
import app.redline.organization.OrganizationSeeds;
import app.redline.organization.RiskLevel;
import java.util.Set;

/** Sixty enterprises spread over the demo towns and the key industries, generated the same way every time. */
final class DemoEnterprises {

    static final int COUNT = 60;

    private static final String[][] TOWNS = {
        {"440703001", "江门市蓬江区", "环市"},
        {"440703101", "江门市蓬江区", "杜阮"},
        {"440703102", "江门市蓬江区", "棠下"},
        {"440703103", "江门市蓬江区", "荷塘"},
        {"440705001", "江门市新会区", "会城"},
        {"440705101", "江门市新会区", "司前"},
        {"440606001", "佛山市顺德区", "大良"},
        {"440606103", "佛山市顺德区", "北滘"},
        {"440605011", "佛山市南海区", "桂城"},
    };

    private static final String[] BRANDS = {
        "华盛", "金达", "宏远", "永利", "恒通", "新力", "顺达", "嘉诚", "联兴", "富源",
        "鸿基", "立信", "广源", "伟业", "汇丰", "东升", "明辉", "泰和", "荣昌", "远航"
    };

    private static final Object[][] TRADES = {
        {"精细化工有限公司", Set.of("HAZARDOUS_CHEMICALS")},
        {"五金制品有限公司", Set.of("MACHINERY")},
        {"建筑工程有限公司", Set.of("CONSTRUCTION")},
        {"燃气有限公司", Set.of("GAS")},
        {"物流有限公司", Set.of("STORAGE_LOGISTICS", "ROAD_TRANSPORT")},
        {"商业广场有限公司", Set.of("CROWDED_PLACES", "COMMERCE")},
        {"纺织有限公司", Set.of("TEXTILE")},
        {"汽车运输有限公司", Set.of("ROAD_TRANSPORT")},
        {"铝业有限公司", Set.of("NONFERROUS")},
        {"水泥制品有限公司", Set.of("BUILDING_MATERIALS")},
        {"家具有限公司", Set.of("LIGHT_INDUSTRY")},
        {"钢铁有限公司", Set.of("METALLURGY")},
        {"酒店管理有限公司", Set.of("CROWDED_PLACES")},
        {"电梯工程有限公司", Set.of("SPECIAL_EQUIPMENT")},
        {"航运有限公司", Set.of("WATER_TRANSPORT")},
        {"烟花爆竹批发有限公司", Set.of("FIREWORKS")},
    };

    private static final String[] SURNAMES = {"李", "王", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "梁", "何"};
    private static final String[] GIVEN = {"建华", "国强", "秀英", "志明", "海燕", "文杰", "丽萍", "永康", "晓东", "桂芳", "俊杰"};

    private DemoEnterprises() {}

    /** Loads the enterprises; returns the id of the shopping mall the demo safety manager works for. */
    static Long load(OrganizationSeeds organizationSeeds) {
        Long mall = organizationSeeds.ensureEnterprise(
                new EnterpriseDetails(
                        "江门市蓬江区华悦商业广场有限公司",
                        creditCode("440703", 0),
                        "江门市蓬江区环市街道建设三路88号",
                        "梁永康",
                        "黄丽娟",
                        "0750-3201188",
                        RiskLevel.ORANGE),
                "440703001",
                Set.of("CROWDED_PLACES", "COMMERCE"));
        for (int i = 1; i < COUNT; i++) {
            String[] town = TOWNS[i % TOWNS.length];
            Object[] trade = TRADES[(i * 7) % TRADES.length];
            String name = town[1] + BRANDS[i % BRANDS.length] + trade[0];
            @SuppressWarnings("unchecked")
            Set<String> industries = (Set<String>) trade[1];
            organizationSeeds.ensureEnterprise(
                    new EnterpriseDetails(
                            name,
                            creditCode(town[0].substring(0, 6), i),
                            town[1] + town[2] + "工业大道" + (10 + i * 3) + "号",
                            person(i),
                            person(i + 5),
                            "0750-" + (3100000 + i * 1237),
                            risk(i)),
                    town[0],
                    industries);
        }
        return mall;
    }

    static String creditCode(String countyCode, int i) {
        String first17 = "91" + countyCode + String.format("MA%07d", 1_000_000 + i * 7919);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static String person(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i * 5) % GIVEN.length];
    }

    private static RiskLevel risk(int i) {
        return switch (i % 10) {
            case 0 -> RiskLevel.RED;
            case 1, 2 -> RiskLevel.ORANGE;
            case 3, 4, 5 -> RiskLevel.YELLOW;
            default -> RiskLevel.BLUE;
        };
    }
}
