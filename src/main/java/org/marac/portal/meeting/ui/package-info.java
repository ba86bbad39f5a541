/** The meetings pages; other modules link to them through {@link org.marac.portal.meeting.ui.MeetingNavigation}. */
@org.springframework.modulith.NamedInterface("ui")
package org.marac.portal.meeting.ui;
