package org.marac.portal.nomination;

/** An answer to a risk assessment question. */
public enum Answer {
    YES,
    NO,
    DONT_KNOW
}
