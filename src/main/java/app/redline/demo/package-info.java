/**
 * The demo installation, loaded on the first start with the embedded database.
 */
@ApplicationModule(
        allowedDependencies = {
            "accident",
            "account",
            "campaign",
            "hazard",
            "inspection",
            "organization",
            "prevention",
            "publicreport",
            "reporting",
            "standard",
            "system"
        })
package app.redline.demo;

import org.springframework.modulith.ApplicationModule;
