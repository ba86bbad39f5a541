/** Shared kernel: base entity, database start-up, and UI helpers every module may use. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.marac.portal.base;
