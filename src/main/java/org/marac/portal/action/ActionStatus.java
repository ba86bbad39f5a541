package org.marac.portal.action;

/** Where an action stands. The last three are finished; "not done by the agency" is the chair's finding. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANNOT_BE_DONE,
    NOT_DONE_BY_AGENCY;

    public boolean isFinished() {
        return this == DONE || this == CANNOT_BE_DONE || this == NOT_DONE_BY_AGENCY;
    }

    /** Finishing other than by doing it needs a reason. */
    public boolean needsReason() {
        return this == CANNOT_BE_DONE || this == NOT_DONE_BY_AGENCY;
    }
}
