/** What every feature may use: the installation's facts and its database. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.redline.system;

import org.springframework.modulith.ApplicationModule;
