package org.marac.portal.meeting;

/** A meeting's life: planned, agenda published, running, concluded, minutes approved; or cancelled. */
public enum MeetingStatus {
    SCHEDULED,
    AGENDA_PUBLISHED,
    IN_PROGRESS,
    CONCLUDED,
    MINUTES_APPROVED,
    CANCELLED;

    /** Still ahead or running: its agenda holds its cases. */
    public boolean isUpcoming() {
        return this == SCHEDULED || this == AGENDA_PUBLISHED || this == IN_PROGRESS;
    }

    /** The meeting has taken place. */
    public boolean isHeld() {
        return this == CONCLUDED || this == MINUTES_APPROVED;
    }

    /** Attendees see the agenda, research and the live meeting from publication on. */
    public boolean isPublished() {
        return this == AGENDA_PUBLISHED || this == IN_PROGRESS || isHeld();
    }
}
