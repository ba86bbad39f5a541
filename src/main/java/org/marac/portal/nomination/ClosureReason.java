package org.marac.portal.nomination;

/** Why a MARAC case was closed. */
public enum ClosureReason {
    RISK_REDUCED,
    VICTIM_MOVED_AWAY,
    VICTIM_DECLINED_SUPPORT,
    OTHER
}
