package org.marac.portal.base;

/**
 * A failure a member can be told about in words (a message-bundle key), rather than as an unexpected error with
 * a reference to quote: the portal knows what happened and what the member can do.
 */
public interface ExplainedFailure {

    String messageKey();
}
