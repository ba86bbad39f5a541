package org.marac.portal.nomination;

/** Why an agency other than the nominator sees a case. */
public enum ShareSource {
    /** The agency attends a meeting whose published agenda lists the case. */
    MEETING_AGENDA,
    /** The agency owns an action on the case. */
    ACTION_OWNER
}
