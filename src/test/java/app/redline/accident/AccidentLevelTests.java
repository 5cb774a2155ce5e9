package app.redline.accident;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.accident.AccidentLevel.Figure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Decree's thresholds, each figure at and just below each of them. */
class AccidentLevelTests {

    @ParameterizedTest(name = "{0} deaths: {1}")
    @CsvSource({
        "0, GENERAL",
        "2, GENERAL",
        "3, LARGER",
        "9, LARGER",
        "10, MAJOR",
        "29, MAJOR",
        "30, ESPECIALLY_MAJOR",
        "120, ESPECIALLY_MAJOR"
    })
    void deaths(int deaths, AccidentLevel level) {
        assertThat(AccidentLevel.judge(new Casualties(deaths, 0, 0, BigDecimal.ZERO))
                        .level())
                .isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} serious injuries: {1}")
    @CsvSource({"9, GENERAL", "10, LARGER", "49, LARGER", "50, MAJOR", "99, MAJOR", "100, ESPECIALLY_MAJOR"})
    void seriousInjuries(int serious, AccidentLevel level) {
        assertThat(AccidentLevel.judge(new Casualties(0, serious, 0, BigDecimal.ZERO))
                        .level())
                .isEqualTo(level);
    }

    @ParameterizedTest(name = "loss {0} × 10,000 RMB: {1}")
    @CsvSource({
        "999.99, GENERAL",
        "1000, LARGER",
        "4999.99, LARGER",
        "5000, MAJOR",
        "9999.99, MAJOR",
        "10000, ESPECIALLY_MAJOR"
    })
    void directLoss(String loss, AccidentLevel level) {
        assertThat(AccidentLevel.judge(new Casualties(0, 0, 0, new BigDecimal(loss)))
                        .level())
                .isEqualTo(level);
    }

    @Test
    void minorInjuriesNeverRaiseTheLevel() {
        assertThat(AccidentLevel.judge(new Casualties(0, 0, 5_000, BigDecimal.ZERO))
                        .level())
                .isEqualTo(AccidentLevel.GENERAL);
    }

    @Test
    void theHighestFigureDecidesAndTheReasonsNameTheFiguresThatReachedIt() {
        AccidentLevel.Judgement judgement = AccidentLevel.judge(new Casualties(3, 50, 0, new BigDecimal("5000")));
        assertThat(judgement.level()).isEqualTo(AccidentLevel.MAJOR);
        assertThat(judgement.reasons())
                .extracting(AccidentLevel.Reason::figure, AccidentLevel.Reason::threshold)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Figure.SERIOUS_INJURIES, 50L),
                        org.assertj.core.groups.Tuple.tuple(Figure.DIRECT_LOSS, 5_000L));
        assertThat(AccidentLevel.judge(new Casualties(2, 9, 30, new BigDecimal("999")))
                        .reasons())
                .isEmpty();
    }

    @Test
    void generalAccidentsGoToTheCityTheOthersToTheProvince() {
        assertThat(AccidentLevel.GENERAL.reachesCodeLength()).isEqualTo(4);
        assertThat(AccidentLevel.LARGER.reachesCodeLength()).isEqualTo(2);
        assertThat(AccidentLevel.ESPECIALLY_MAJOR.reachesCodeLength()).isEqualTo(2);
    }
}
