/**
 * Reports by anyone (举报): the public report page without an account, the case number and
 * follow-up code, the intake by the department that supervises the enterprise, and its verification
 * into a hazard, a dismissal or a transfer. The reporter's identity stays with the handlers.
 */
@ApplicationModule(allowedDependencies = {"account", "audit", "hazard", "notification", "organization", "system"})
package app.redline.publicreport;

import org.springframework.modulith.ApplicationModule;
