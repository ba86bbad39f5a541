package org.marac.portal.nomination;

/**
 * The case does not exist or the member may not see it: deliberately the same answer, so that a denial
 * reveals nothing about whether a case exists.
 */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException() {
        super("No accessible case");
    }
}
