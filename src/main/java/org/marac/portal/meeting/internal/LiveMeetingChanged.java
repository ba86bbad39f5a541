package org.marac.portal.meeting.internal;

/**
 * Something every open screen of a meeting must show at once. Published inside the transaction that made
 * the change; the live broadcaster passes it on only after that transaction commits, so no screen ever
 * shows what was then rolled back.
 */
public record LiveMeetingChanged(Long meetingId, Change change) {

    public enum Change {
        /** The agenda or the meeting's state changed (published, started, concluded, cancelled, moved). */
        MEETING,
        /** The chair moved to another case. */
        CURRENT_CASE,
        /** The discussion, agreed risk, decisions or review date of a case, or its actions, were recorded. */
        OUTCOME,
        /** Someone joined, left, sent apologies or accepted the confidentiality statement. */
        ATTENDANCE
    }
}
