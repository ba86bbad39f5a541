package org.marac.portal.scrutiny;

import java.util.List;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.IdentifierFinding;

/** A text meant for the panel or for publication still identifies someone in the reviewed cases. */
public class IdentifyingTextException extends InvalidFieldException {

    private final transient List<IdentifierFinding> findings;

    public IdentifyingTextException(String field, String messageKey, List<IdentifierFinding> findings) {
        super(field, messageKey);
        this.findings = List.copyOf(findings);
    }

    public List<IdentifierFinding> findings() {
        return findings;
    }
}
