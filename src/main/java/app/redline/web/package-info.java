/**
 * The pages that gather several features: the home page with My work and the dashboard,
 * the layout, and the answers to requests refused as a whole (conflicts, limits, the database down).
 */
@ApplicationModule(
        allowedDependencies = {
            "accident",
            "account",
            "campaign",
            "hazard",
            "inspection",
            "notification",
            "organization",
            "prevention",
            "publicreport",
            "system"
        })
package app.redline.web;

import org.springframework.modulith.ApplicationModule;
