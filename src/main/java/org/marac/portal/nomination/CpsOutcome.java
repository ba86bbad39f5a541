package org.marac.portal.nomination;

/**
 * Whether the case's crimes reached the Crown Prosecution Service, recorded at closure: scrutiny panels
 * deliberately review cases that never did.
 */
public enum CpsOutcome {
    SENT_TO_CPS,
    NOT_SENT_TO_CPS,
    NOT_KNOWN
}
