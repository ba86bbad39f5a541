package org.marac.portal.nomination;

/** Why information may be shared when the victim has not consented. */
public enum LawfulBasis {
    PREVENT_HARM,
    PREVENT_CRIME,
    SAFEGUARDING_CHILD,
    SAFEGUARDING_ADULT,
    LEGAL_DUTY
}
