/**
 * The audit trail: every administrative change, who made it, when, and each field's old and new
 * value. Other features record their changes here in their own transaction and show an object's
 * history on its page.
 */
@ApplicationModule(allowedDependencies = {})
package app.redline.audit;

import org.springframework.modulith.ApplicationModule;
