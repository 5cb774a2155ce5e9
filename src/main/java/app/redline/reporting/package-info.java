/**
 * What the regulation asks enterprises and governments to report (Order No. 16, Art. 14): the
 * enterprise's quarterly and annual hazard statistics table, signed by its principal and submitted
 * to its supervisors, who see by region and industry who submitted, who is late and who is missing,
 * and urge them.
 */
@ApplicationModule(allowedDependencies = {"account", "hazard", "notification", "organization", "system"})
package app.redline.reporting;

import org.springframework.modulith.ApplicationModule;
