/**
 * Regions, industries and units (enterprises, departments, governments), and the scope of
 * what each unit sees: the one predicate every list and count goes through.
 */
@ApplicationModule(allowedDependencies = {"audit", "system"})
package app.redline.organization;

import org.springframework.modulith.ApplicationModule;
