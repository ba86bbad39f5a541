package org.marac.portal.nomination;

import java.util.Collection;
import org.marac.portal.partner.PortalUser;

/**
 * Which closed cases a community scrutiny panel may see, answered by the module that keeps panels and
 * their review meetings. {@link CaseAccessPolicy} never gives scrutiny roles a case; this is the only way
 * in, and only to a pseudonymised view built here ({@link PseudonymisedCaseService}).
 */
public interface ScrutinySelection {

    /**
     * Whether the member sits on a panel (having accepted its confidentiality agreement) whose review
     * meeting, not yet concluded, selected this case and has had its redacted summary released.
     */
    boolean mayReadPseudonymised(PortalUser user, Long caseId);

    /** Whether a review meeting that has not concluded selected this case, so its summary may be prepared. */
    boolean isSelectedForReview(Long caseId);

    /**
     * Whether the member works on a review meeting that selected this case: a panel member who accepted the
     * agreement, or an agency lead answering a recommendation from that meeting. Such members may have
     * their words checked for identifiers of the case's people, and their work on it logged.
     */
    boolean isPanelWorkOn(PortalUser user, Long caseId);

    /** Whether the member chairs a panel covering every one of these MARAC areas, and so may draw samples there. */
    boolean maySample(PortalUser user, Collection<Long> areaIds);
}
