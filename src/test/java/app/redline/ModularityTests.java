package app.redline;

import org.junit.jupiter.api.Test;
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
                .forEach(module -> org.assertj.core.api.Assertions.assertThat(module.getBasePackage()
                                .getAnnotation(org.springframework.modulith.ApplicationModule.class))
                        .as(module.getIdentifier().toString() + " declares its allowed dependencies")
                        .hasValueSatisfying(
                                declared -> org.assertj.core.api.Assertions.assertThat(declared.allowedDependencies())
                                        .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN)));
    }
}
