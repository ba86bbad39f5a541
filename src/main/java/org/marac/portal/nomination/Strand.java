package org.marac.portal.nomination;

/** The five centrally monitored hate crime strands. */
public enum Strand {
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
    DISABILITY,
    TRANSGENDER
}
