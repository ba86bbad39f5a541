package org.marac.portal.meeting;

/** A named attendee: invited, present at the meeting, or sent apologies. */
public enum AttendanceStatus {
    INVITED,
    PRESENT,
    APOLOGIES
}
