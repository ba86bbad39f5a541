package org.marac.portal.nomination;

/** The life of a case, from the nominator's draft to closure. */
public enum CaseStatus {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    DECLINED,
    LISTED,
    ACTIONS_OPEN,
    UNDER_REVIEW,
    CLOSED
}
