package org.marac.portal.nomination;

import java.util.List;

/**
 * Something that must be settled before a case may close, contributed by the module that knows it (the
 * action plan: every action done, cannot be done, or not done with a reason). Closing lists every unmet
 * condition at once.
 */
public interface ClosureCondition {

    /** What still stops the case closing, as message keys with arguments; empty when nothing does. */
    List<Eligibility.Reason> unmetFor(Long caseId);
}
