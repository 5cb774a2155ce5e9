package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTests {

    @Test
    void everyKeyExistsInEnglishAndChinese() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(chinese.getProperty(key)).as(key).isNotBlank();
        });
    }

    @Test
    void aHazardIsNamedByItsNumberWithoutGrouping() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            String title = new MessageFormat(load(file).getProperty("hazard.title"), Locale.ENGLISH)
                    .format(new Object[] {998170L});
            assertThat(title).as(file).endsWith(" 998170");
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(
                MessagesTests.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
