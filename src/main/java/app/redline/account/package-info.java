/**
 * Accounts, sign-in and the security around it: users, roles, the per-user and per-address
 * pauses, sessions that end when an account changes, and who is told what (recipients).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "organization", "system"})
package app.redline.account;
