/**
 * Special rectification campaigns (专项整治): a government or department launches one over a frozen
 * list of enterprises in its scope; targeted enterprises self-inspect with its checklist, assigned
 * inspectors visit, and every supervisor in its reach follows its part on a progress board.
 */
@ApplicationModule(allowedDependencies = {"account", "hazard", "inspection", "notification", "organization", "system"})
package app.redline.campaign;

import org.springframework.modulith.ApplicationModule;
