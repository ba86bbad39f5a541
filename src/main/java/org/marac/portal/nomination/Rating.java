package org.marac.portal.nomination;

/** A diagnostic judgement in a risk assessment. */
public enum Rating {
    LOW,
    MEDIUM,
    HIGH
}
