package org.marac.portal.scrutiny;

/** An agency's answer to a recommendation. */
public enum ResponseDecision {
    ACCEPTED,
    PARTLY_ACCEPTED,
    REJECTED
}
