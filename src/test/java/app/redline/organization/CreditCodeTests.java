package app.redline.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTests {

    @Test
    void acceptsCodesWhoseCheckCharacterMatches() {
        // Published example from GB 32100-2015's annex.
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        String first17 = "91440703MA1000000";
        assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17)))
                .isTrue();
    }

    @Test
    void rejectsAWrongCheckCharacterOrAlphabetOrLength() {
        assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100YI3")).isFalse();
        assertThat(CreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void aWeightedSumThatIsAMultipleOfThirtyOneGivesCheckCharacterZero() {
        assertThat(CreditCode.checkCharacter("91440703MA100000D")).isEqualTo('0');
        assertThat(CreditCode.isValid("91440703MA100000D0")).isTrue();
    }
}
