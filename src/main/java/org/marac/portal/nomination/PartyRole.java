package org.marac.portal.nomination;

/** How a person is involved in a case. */
public enum PartyRole {
    VICTIM,
    PERPETRATOR,
    WITNESS,
    FAMILY,
    OTHER
}
