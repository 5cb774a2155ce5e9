/**
 * The administrators' home: the overview of everything they manage and the audit trail. The pages
 * that change units, regions, industries and users belong to those features.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "organization", "system"})
package app.redline.admin;
