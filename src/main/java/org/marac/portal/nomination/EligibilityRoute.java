package org.marac.portal.nomination;

/** Why a case may go to MARAC. */
public enum EligibilityRoute {
    ENDORSED_HIGH,
    PROFESSIONAL_JUDGEMENT,
    ESCALATION,
    REPEAT
}
