/**
 * Accounts, sign-in and the security around it: users, roles, the per-user and per-address
 * pauses, sessions that end when an account changes, and who is told what (recipients).
 */
@ApplicationModule(allowedDependencies = {"audit", "organization", "system"})
package app.redline.account;

import org.springframework.modulith.ApplicationModule;
