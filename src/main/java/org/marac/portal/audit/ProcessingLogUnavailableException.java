package org.marac.portal.audit;

import org.marac.portal.base.ExplainedFailure;

/**
 * The processing log cannot record reads just now (it is too far behind, or the portal is stopping), so the
 * read that would have been shown is refused: no personal data is shown that the log cannot record.
 */
public class ProcessingLogUnavailableException extends IllegalStateException implements ExplainedFailure {

    ProcessingLogUnavailableException(String message) {
        super(message);
    }

    @Override
    public String messageKey() {
        return "error.logUnavailable";
    }
}
