package app.redline.campaign;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dates a campaign may be launched with, on their own: no Spring, no database. */
class CampaignDatesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aCampaignRunsFromAMonthBackToAYearAheadForAtMostAYear() {
        assertThatCode(() -> CampaignLaunches.checkDates(TODAY, TODAY.plusDays(30), TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> CampaignLaunches.checkDates(TODAY.minusDays(30), TODAY, TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> CampaignLaunches.checkDates(TODAY.plusYears(1), TODAY.plusYears(2), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void aStartTooFarBackOrAheadIsRefused() {
        assertThatThrownBy(() -> CampaignLaunches.checkDates(TODAY.minusDays(31), TODAY, TODAY))
                .isInstanceOf(CampaignRefused.class)
                .hasMessage("campaign.starts.range");
        assertThatThrownBy(() -> CampaignLaunches.checkDates(TODAY.plusYears(1).plusDays(1), TODAY.plusYears(2), TODAY))
                .hasMessage("campaign.starts.range");
    }

    @Test
    void anEndBeforeTheStartOrTodayOrMoreThanAYearOnIsRefused() {
        assertThatThrownBy(() -> CampaignLaunches.checkDates(TODAY, TODAY.minusDays(1), TODAY))
                .hasMessage("campaign.ends.range");
        assertThatThrownBy(() -> CampaignLaunches.checkDates(TODAY.minusDays(20), TODAY.minusDays(1), TODAY))
                .hasMessage("campaign.ends.range");
        assertThatThrownBy(() ->
                        CampaignLaunches.checkDates(TODAY, TODAY.plusYears(1).plusDays(1), TODAY))
                .hasMessage("campaign.ends.range");
    }
}
