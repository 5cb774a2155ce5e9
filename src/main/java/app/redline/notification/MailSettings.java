package app.redline.notification;

import lombok.Getter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether notifications are mailed: when {@code spring.mail.host} is set Spring Boot provides a
 * mail sender, and every notification to a user with an address is mailed too.
 */
@Component
class MailSettings {

    private final ObjectProvider<JavaMailSender> sender;

    @Getter
    private final String from;

    @Getter
    private final String baseUrl;

    MailSettings(
            ObjectProvider<JavaMailSender> sender,
            @Value("${redline.mail.from:redline@localhost}") String from,
            @Value("${redline.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    JavaMailSender sender() {
        return sender.getObject();
    }
}
