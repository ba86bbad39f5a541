package org.marac.portal.meeting;

/** The member has not accepted the meeting's confidentiality statement, so sees none of its content. */
public class ConfidentialityNotAcceptedException extends RuntimeException {

    public ConfidentialityNotAcceptedException() {
        super("The confidentiality statement has not been accepted");
    }
}
