/** What every feature may use: the installation's facts and its database. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.redline.system;
