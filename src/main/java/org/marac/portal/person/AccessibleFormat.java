package org.marac.portal.person;

/** Formats a person needs information in. */
public enum AccessibleFormat {
    LARGE_PRINT,
    EASY_READ,
    BRAILLE,
    BSL,
    AUDIO
}
