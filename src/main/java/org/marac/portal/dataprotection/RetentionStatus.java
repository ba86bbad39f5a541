package org.marac.portal.dataprotection;

public enum RetentionStatus {
    /** The retention period has ended and nobody has decided yet. */
    DUE,
    /** Kept, for a recorded reason, until a later review. */
    RETAINED,
    /** Personal data replaced; the case's statistics remain. */
    ANONYMISED
}
