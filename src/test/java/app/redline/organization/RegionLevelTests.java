package app.redline.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionLevelTests {

    @Test
    void aCodesLengthGivesItsLevel() {
        assertThat(RegionLevel.ofCode("44")).isEqualTo(RegionLevel.PROVINCE);
        assertThat(RegionLevel.ofCode("4407")).isEqualTo(RegionLevel.CITY);
        assertThat(RegionLevel.ofCode("440703")).isEqualTo(RegionLevel.COUNTY);
        assertThat(RegionLevel.ofCode("440703101")).isEqualTo(RegionLevel.TOWN);
    }

    @Test
    void otherLengthsAndNonDigitsAreNoRegionCode() {
        assertThat(RegionLevel.ofCode("4")).isNull();
        assertThat(RegionLevel.ofCode("440")).isNull();
        assertThat(RegionLevel.ofCode("4407031")).isNull();
        assertThat(RegionLevel.ofCode("44070310")).isNull();
        assertThat(RegionLevel.ofCode("4407031011")).isNull();
        assertThat(RegionLevel.ofCode("44a7")).isNull();
        assertThat(RegionLevel.ofCode("")).isNull();
        assertThat(RegionLevel.ofCode(null)).isNull();
    }

    @Test
    void eachLevelHasTheNextBelowIt() {
        assertThat(RegionLevel.PROVINCE.below()).isEqualTo(RegionLevel.CITY);
        assertThat(RegionLevel.COUNTY.below()).isEqualTo(RegionLevel.TOWN);
        assertThat(RegionLevel.TOWN.below()).isNull();
    }
}
