package org.marac.portal.scrutiny;

/** A review meeting is planned, then its sample is drawn and reviewed, then the panel concludes it. */
public enum MeetingStatus {
    PLANNED,
    SAMPLE_DRAWN,
    CONCLUDED
}
