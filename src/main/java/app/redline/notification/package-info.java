/**
 * Notifications: in the application (the bell, the list, read and unread) and, when SMTP is
 * configured, by mail in the recipient's language, sent after the transaction that wrote them and
 * retried when the mail server fails.
 */
@ApplicationModule(allowedDependencies = {"account", "hazard", "inspection", "system"})
package app.redline.notification;

import org.springframework.modulith.ApplicationModule;
