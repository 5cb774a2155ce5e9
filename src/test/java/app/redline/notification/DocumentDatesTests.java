package app.redline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Formal Chinese text writes dates as 2026年12月11日; English keeps them as they are. */
class DocumentDatesTests {

    @Test
    void chineseReadersReadChineseDates() {
        assertThat(DocumentDates.of("东区政府 · 2026-12-01", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("东区政府 · 2026年12月1日");
        assertThat(DocumentDates.of("2027-01-31", Locale.SIMPLIFIED_CHINESE)).isEqualTo("2027年1月31日");
        assertThat(DocumentDates.of("2027-01-31", Locale.ENGLISH)).isEqualTo("2027-01-31");
        assertThat(DocumentDates.of(null, Locale.SIMPLIFIED_CHINESE)).isNull();
        assertThat(DocumentDates.of("12", Locale.SIMPLIFIED_CHINESE)).isEqualTo("12");
    }
}
