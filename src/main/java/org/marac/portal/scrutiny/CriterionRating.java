package org.marac.portal.scrutiny;

/** How well a case met a review criterion. */
public enum CriterionRating {
    MET,
    PARTLY_MET,
    NOT_MET,
    CANNOT_TELL
}
