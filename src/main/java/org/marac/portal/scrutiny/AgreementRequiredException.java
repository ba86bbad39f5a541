package org.marac.portal.scrutiny;

/** The member has not accepted the current version of the panel's confidentiality agreement yet. */
public class AgreementRequiredException extends RuntimeException {

    private final Long panelId;

    public AgreementRequiredException(Long panelId) {
        super("Confidentiality agreement of panel " + panelId + " not accepted");
        this.panelId = panelId;
    }

    public Long panelId() {
        return panelId;
    }
}
