package org.marac.portal.audit;

/** The kinds of processing s.62 requires logs of, and refused access, which is kept in the same log. */
public enum ProcessingOperation {
    COLLECTION,
    ALTERATION,
    CONSULTATION,
    DISCLOSURE,
    COMBINATION,
    ERASURE,
    ACCESS_DENIED
}
