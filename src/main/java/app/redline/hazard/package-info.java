/**
 * Hazards and their closed loop: report, rectification plan, evidence, acceptance or rejection,
 * extensions, and the hazard ledger. Every list, page and action goes through the user's scope.
 */
@ApplicationModule(allowedDependencies = {"account", "organization", "standard", "system"})
package app.redline.hazard;

import org.springframework.modulith.ApplicationModule;
