package org.marac.portal.scrutiny.internal;

import java.util.Collection;
import org.marac.portal.nomination.ScrutinySelection;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.marac.portal.scrutiny.MeetingStatus;
import org.marac.portal.scrutiny.SelectionStatus;
import org.springframework.stereotype.Component;

/** Tells the case module which closed cases the acting member's panels may see, from the review meetings' selections. */
@Component
class ScrutinySelectionAccess implements ScrutinySelection {

    private final ReviewCaseRepository reviewCases;
    private final PanelRepository panels;

    ScrutinySelectionAccess(ReviewCaseRepository reviewCases, PanelRepository panels) {
        this.reviewCases = reviewCases;
        this.panels = panels;
    }

    @Override
    public boolean mayReadPseudonymised(PortalUser user, Long caseId) {
        return isPanelRole(user) && reviewCases.isReleasedToMember(caseId, user.getMemberId(), SelectionStatus.RELEASED,
                MeetingStatus.CONCLUDED);
    }

    @Override
    public boolean isSelectedForReview(Long caseId) {
        return reviewCases.isSelectedInOpenMeeting(caseId, SelectionStatus.SWAPPED_OUT, MeetingStatus.CONCLUDED);
    }

    @Override
    public boolean isPanelWorkOn(PortalUser user, Long caseId) {
        return (isPanelRole(user) && reviewCases.isOnPanelOfMember(caseId, user.getMemberId()))
                || (user.hasRole(Role.AGENCY_LEAD) && user.getAgencyId() != null
                        && reviewCases.isInMeetingRecommendingTo(caseId, user.getAgencyId()));
    }

    @Override
    public boolean maySample(PortalUser user, Collection<Long> areaIds) {
        return user.hasRole(Role.SCRUTINY_CHAIR) && !areaIds.isEmpty()
                && areaIds.stream().allMatch(areaId -> panels.chairCovers(user.getMemberId(), areaId));
    }

    private static boolean isPanelRole(PortalUser user) {
        return user.hasRole(Role.SCRUTINY_CHAIR) || user.hasRole(Role.SCRUTINY_MEMBER);
    }
}
