package org.marac.portal.nomination;

/** A risk assessment is drafted by the assessor and counts only once a supervisor endorses it. */
public enum AssessmentStatus {
    DRAFT,
    AWAITING_ENDORSEMENT,
    ENDORSED
}
