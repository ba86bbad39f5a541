package org.marac.portal.nomination;

/** Whose perception makes it a hate crime or incident: anyone's perception counts. */
public enum PerceivedBy {
    VICTIM,
    WITNESS,
    OFFICER_OR_STAFF,
    OTHER
}
