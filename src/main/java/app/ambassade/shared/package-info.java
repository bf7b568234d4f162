/**
 * Small value types, security role names, i18n and UI building blocks that every module may use.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.ambassade.shared;

import org.springframework.modulith.ApplicationModule;
