package org.marac.portal.meeting;

/** One step of an area's agenda order; the area's rule applies them in turn, each breaking the ties of the one before. */
public enum OrderingCriterion {
    /** Cases with children in the household before those without. */
    CHILDREN_FIRST,
    /** Highest endorsed risk first; a case without an endorsed level last. */
    HIGHEST_RISK_FIRST,
    /** Repeat cases before the others. */
    REPEATS_FIRST,
    /** Cases new to MARAC before cases back for review. */
    REVIEWS_LAST
}
