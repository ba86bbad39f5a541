/** The action dialogs, which the meeting module reuses to set actions during a live meeting. */
@org.springframework.modulith.NamedInterface("ui")
package org.marac.portal.action.ui;
