package org.marac.portal.nomination;

import java.util.List;

/** Closing was refused: every condition still unmet, as message keys with arguments. */
public class CaseNotClosableException extends RuntimeException {

    private final transient List<Eligibility.Reason> unmet;

    public CaseNotClosableException(List<Eligibility.Reason> unmet) {
        super("case cannot close yet: " + unmet.size() + " conditions unmet");
        this.unmet = List.copyOf(unmet);
    }

    public List<Eligibility.Reason> unmet() {
        return unmet;
    }
}
