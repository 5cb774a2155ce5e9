package app.redline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featuresDependOnEachOtherOnlyThroughTheirApi() {
        ApplicationModules.of(RedlineApplication.class).verify();
    }
}
