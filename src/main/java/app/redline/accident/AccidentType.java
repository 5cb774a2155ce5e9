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
     * Road traffic and fire accidents: their casualties counted within 7 days of the accident, not 30
     * (Decree No. 493, Art. 13).
     */
    boolean countsSevenDays() {
        return this == VEHICLE || this == FIRE;
    }
}
