package org.marac.portal.nomination;

/** The four sections of the structured risk assessment. */
public enum QuestionSection {
    INCIDENT,
    PERPETRATORS,
    PREVIOUS_VICTIMISATION,
    IMPACT
}
