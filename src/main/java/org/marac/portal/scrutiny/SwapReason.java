package org.marac.portal.scrutiny;

/** Why a selected case leaves the sample: recorded, and counted in the published report. */
public enum SwapReason {
    CONFLICT_OF_INTEREST,
    LEGAL_PROCEEDINGS,
    RISK_OF_IDENTIFICATION,
    INSUFFICIENT_RECORD,
    OTHER
}
