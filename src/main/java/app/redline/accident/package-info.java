/**
 * Accidents (生产安全事故): the record with its level computed from the Decree's thresholds, the
 * first, upward and follow-up reports with their time limits, the duty roster (值班) of departments
 * and governments, and whom each report reached; the trace-back of what was known about the
 * enterprise, and the campaigns launched from an accident.
 */
@ApplicationModule(
        allowedDependencies = {
            "account",
            "audit",
            "campaign",
            "hazard",
            "inspection",
            "notification",
            "organization",
            "prevention",
            "system"
        })
package app.redline.accident;

import org.springframework.modulith.ApplicationModule;
