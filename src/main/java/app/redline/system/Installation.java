package app.redline.system;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Facts about this installation. A demo installation is one on the embedded database, unless
 * {@code REDLINE_DEMO} says otherwise.
 */
@Component
public class Installation {

    private final boolean demo;

    Installation(Environment environment) {
        String flag = environment.getProperty("redline.demo.enabled", "").trim();
        this.demo = flag.isEmpty()
                ? environment.getProperty("spring.datasource.url", "").isBlank()
                : Boolean.parseBoolean(flag);
    }

    public boolean isDemo() {
        return demo;
    }
}
