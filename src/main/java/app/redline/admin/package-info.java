/**
 * The administrators' home: the overview of everything they manage and the audit trail. The pages
 * that change units, regions, industries and users belong to those features.
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "organization", "system"})
package app.redline.admin;

import org.springframework.modulith.ApplicationModule;
