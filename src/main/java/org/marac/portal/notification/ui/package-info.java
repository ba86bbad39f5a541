/** The bell the shell puts in the header, and each member's notification settings. */
@org.springframework.modulith.NamedInterface("ui")
package org.marac.portal.notification.ui;
