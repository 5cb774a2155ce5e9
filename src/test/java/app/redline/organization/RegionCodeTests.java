package app.redline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The region-code rule on its own: what a code is, and what lies in its subtree. */
class RegionCodeTests {

    @Test
    void aCodeHasTwoFourSixOrNineDigits() {
        assertThat(RegionCode.isValid("44")).isTrue();
        assertThat(RegionCode.isValid("4407")).isTrue();
        assertThat(RegionCode.isValid("440703")).isTrue();
        assertThat(RegionCode.isValid("440703001")).isTrue();
        assertThat(RegionCode.isValid("4407031")).isFalse();
        assertThat(RegionCode.isValid("44%")).isFalse();
        assertThat(RegionCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> RegionCode.of("44_7")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubtreeHoldsItselfAndTheRegionsBelow() {
        RegionCode jiangmen = RegionCode.of("4407");
        assertThat(jiangmen.contains("4407")).isTrue();
        assertThat(jiangmen.contains("440703001")).isTrue();
        assertThat(jiangmen.contains("4406")).isFalse();
        assertThat(jiangmen.contains("44")).isFalse();
        assertThat(jiangmen.contains(null)).isFalse();
        assertThat(jiangmen.subtree()).isEqualTo("4407%");
        assertThat(jiangmen.level()).isEqualTo(RegionLevel.CITY);
    }

    @Test
    void aSubtreeIsWrittenIntoTheSqlAsItsCode() {
        assertThat(RegionCode.of("4407").within("e.region_code")).isEqualTo("e.region_code like '4407%'");
    }

    @Test
    void aListsRegionFilterIsNoneBlankItsSubtreeForDigitsAndNoRegionForAnythingElse() {
        assertThat(RegionCode.filter("region_code", null)).isEqualTo("true");
        assertThat(RegionCode.filter("region_code", " ")).isEqualTo("true");
        assertThat(RegionCode.filter("region_code", " 440703 ")).isEqualTo("region_code like '440703%'");
        assertThat(RegionCode.filter("region_code", "4407' or '1'='1")).isEqualTo("false");
        assertThat(RegionCode.filter("region_code", "44%")).isEqualTo("false");
        assertThat(RegionCode.filter("region_code", "4407_")).isEqualTo("false");
    }
}
