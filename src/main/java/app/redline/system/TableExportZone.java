package app.redline.system;

import java.time.Clock;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Exports are named by the installation's date, not the server's (they differ after 16:00 UTC). */
@Component
class TableExportZone implements InitializingBean {

    private final Clock clock;

    TableExportZone(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        TableExport.useZone(clock.getZone());
    }
}
