/**
 * The demo installation, loaded on the first start with the embedded database.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "campaign", "hazard", "inspection", "organization", "system"})
package app.redline.demo;
