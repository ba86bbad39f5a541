package org.marac.portal.scrutiny;

/**
 * Where a selected case stands: waiting for its redacted summary, released to the panel, withheld by the
 * area chair or data protection officer (the scrutiny chair then swaps it), or swapped out.
 */
public enum SelectionStatus {
    AWAITING_SUMMARY,
    RELEASED,
    WITHHELD,
    SWAPPED_OUT;

    /** Still part of the meeting's sample. */
    public boolean isSelected() {
        return this != SWAPPED_OUT;
    }
}
