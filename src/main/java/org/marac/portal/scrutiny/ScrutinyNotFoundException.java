package org.marac.portal.scrutiny;

/** A panel, meeting or selected case the member may not see, or that does not exist: the same answer. */
public class ScrutinyNotFoundException extends RuntimeException {

    public ScrutinyNotFoundException() {
        super("Not found or not visible");
    }
}
