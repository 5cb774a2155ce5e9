package app.redline;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today in the installation's time zone (Asia/Shanghai, the tests' setting), the day the application
 * judges deadlines by. {@code Today.date()} on a UTC machine is yesterday there from 16:00 to
 * midnight, and a test built on it fails for those eight hours.
 */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Today() {}

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
