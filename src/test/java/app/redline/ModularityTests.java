package app.redline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every module declares the modules it may depend on ({@code @ApplicationModule(allowedDependencies)}
 * in its package-info), and the check holds the code to it: a dependency on any other module, or a
 * cycle, fails the build.
 */
class ModularityTests {

    @Test
    void featuresDependOnEachOtherOnlyThroughTheirApi() {
        ApplicationModules.of(RedlineApplication.class).verify();
    }

    @Test
    void everyModuleDeclaresItsDependencies() {
        ApplicationModules.of(RedlineApplication.class).stream()
                .filter(module -> !module.getIdentifier().toString().equals("system"))
                .forEach(module -> assertThat(module.getBasePackage().getAnnotation(ApplicationModule.class))
                        .as(module.getIdentifier().toString() + " declares its allowed dependencies")
                        .hasValueSatisfying(declared -> assertThat(declared.allowedDependencies())
                                .doesNotContain(ApplicationModule.OPEN_TOKEN)));
    }

    /**
     * The check is not a formality: a fixture application under the test classes
     * ({@code app.fixture.reachin}) whose {@code orders} module uses an internal type of
     * {@code stock}, without declaring it, is refused, and the report names the reach-in.
     */
    @Test
    void aReachIntoAnotherModulesInternalsIsRefused() {
        ApplicationModules fixture = ApplicationModules.of("app.fixture.reachin", location -> true);
        assertThat(fixture.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("orders", "stock");

        assertThat(fixture.detectViolations().getMessages())
                .isNotEmpty()
                .anySatisfy(message -> assertThat(message).contains("OrderDesk").contains("StockLedger"));
    }
}
