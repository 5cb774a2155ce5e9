/**
 * Prevention (双重预防): an enterprise's risk register — risk objects, units, events assessed by LS
 * or LEC, control measures and investigation tasks — and the risk level it gives the enterprise.
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "hazard", "organization", "system"})
package app.redline.prevention;

import org.springframework.modulith.ApplicationModule;
