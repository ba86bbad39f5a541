package org.marac.portal.meeting;

/** The meeting does not exist or the acting member may not see it; the two look the same on purpose. */
public class MeetingNotFoundException extends RuntimeException {

    public MeetingNotFoundException() {
        super("No such meeting");
    }
}
