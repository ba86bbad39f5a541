package org.marac.portal.nomination;

import java.util.List;

/** Submitting found things missing: each is a message key with arguments, listed to the nominator. */
public class IncompleteNominationException extends RuntimeException {

    private final List<Eligibility.Reason> missing;

    public IncompleteNominationException(List<Eligibility.Reason> missing) {
        super("Nomination incomplete: " + missing.stream().map(Eligibility.Reason::key).toList());
        this.missing = List.copyOf(missing);
    }

    public List<Eligibility.Reason> missing() {
        return missing;
    }
}
