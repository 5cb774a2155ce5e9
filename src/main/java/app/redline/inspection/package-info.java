/**
 * Inspections at enterprises, checklist templates (versioned once used), and the hazards a failed
 * checklist item raises when an inspection is completed.
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "hazard", "organization", "standard", "system"})
package app.redline.inspection;

import org.springframework.modulith.ApplicationModule;
