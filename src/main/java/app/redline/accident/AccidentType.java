package app.redline.accident;

/** The 20 categories of accident of GB 6441-1986 (企业职工伤亡事故分类), in the standard's order. */
public enum AccidentType {
    OBJECT_STRIKE,
    VEHICLE,
    MACHINERY,
    LIFTING,
    ELECTRIC_SHOCK,
    DROWNING,
    BURN_SCALD,
    FIRE,
    FALL_FROM_HEIGHT,
    COLLAPSE,
    ROOF_FALL,
    WATER_INRUSH,
    BLASTING,
    EXPLOSIVES,
    GAS_EXPLOSION,
    BOILER_EXPLOSION,
    VESSEL_EXPLOSION,
    OTHER_EXPLOSION,
    POISONING_ASPHYXIATION,
    OTHER;

    /**
     * Words of checklist items about what leads to an accident of this type (a PostgreSQL regular
     * expression), for the trace-back's "items passed that relate to it"; none for "other".
     */
    String itemWords() {
        return switch (this) {
            case OBJECT_STRIKE -> "坠物|物体打击|安全帽|堆放|高处作业";
            case VEHICLE -> "车辆|叉车|驾驶|道路|限速|装卸";
            case MACHINERY -> "防护罩|防护装置|联锁|急停|机械|设备|上锁挂牌|检修";
            case LIFTING -> "起重|吊|行车|钢丝绳|限位";
            case ELECTRIC_SHOCK -> "电气|漏电|接地|绝缘|配电|电线|用电";
            case DROWNING -> "落水|救生|水池|临水";
            case BURN_SCALD -> "高温|熔融|烫|灼|酸|碱|蒸汽";
            case FIRE -> "消防|火|灭火|疏散|安全出口|电气|电线|充电|易燃|可燃";
            case FALL_FROM_HEIGHT -> "高处|护栏|安全带|脚手架|临边|洞口|梯";
            case COLLAPSE -> "坍塌|支护|基坑|脚手架|模板|堆放|边坡";
            case ROOF_FALL, WATER_INRUSH, BLASTING -> "顶板|支护|探放水|透水|爆破|放炮|井下";
            case EXPLOSIVES, GAS_EXPLOSION, BOILER_EXPLOSION, VESSEL_EXPLOSION, OTHER_EXPLOSION ->
                "爆炸|压力|锅炉|容器|安全阀|粉尘|燃气|泄漏|可燃气体|防爆";
            case POISONING_ASPHYXIATION -> "有限空间|受限空间|中毒|窒息|通风|气体检测|防护用品|呼吸器";
            case OTHER -> null;
        };
    }

    /**
     * Road traffic and fire accidents: their casualties counted within 7 days of the accident, not 30
     * (Decree No. 493, Art. 13).
     */
    boolean countsSevenDays() {
        return this == VEHICLE || this == FIRE;
    }
}
