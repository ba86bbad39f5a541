package org.marac.portal.scrutiny;

import java.util.List;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.marac.portal.scrutiny.internal.ReviewMeetingRepository;
import org.marac.portal.scrutiny.internal.PanelRepository;
import org.marac.portal.scrutiny.internal.ReviewCaseRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Record-level access inside the scrutiny module: a panel is seen only by its members, and only once they
 * accepted its current confidentiality agreement; its chair alone runs its meetings. Refusals are logged.
 */
@Component
class ScrutinyAccess {

    private final PanelRepository panels;
    private final ReviewMeetingRepository meetings;
    private final ReviewCaseRepository reviewCases;
    private final MemberService members;
    private final ProcessingLog log;

    ScrutinyAccess(PanelRepository panels, ReviewMeetingRepository meetings, ReviewCaseRepository reviewCases,
            MemberService members, ProcessingLog log) {
        this.panels = panels;
        this.meetings = meetings;
        this.reviewCases = reviewCases;
        this.members = members;
        this.log = log;
    }

    ScrutinyPanel panel(Long panelId) {
        return (panelId == null ? null : panels.findById(panelId).orElse(null)) instanceof ScrutinyPanel panel
                ? panel : deny("SCRUTINY_PANEL", panelId);
    }

    ReviewMeeting meeting(Long meetingId) {
        return (meetingId == null ? null : meetings.findById(meetingId).orElse(null)) instanceof ReviewMeeting meeting
                ? meeting : deny("REVIEW_MEETING", meetingId);
    }

    ReviewCase reviewCase(Long reviewCaseId) {
        return (reviewCaseId == null ? null : reviewCases.findById(reviewCaseId).orElse(null)) instanceof ReviewCase found
                ? found : deny("REVIEW_CASE", reviewCaseId);
    }

    /** The acting member's seat on the panel, once they have accepted its current agreement. */
    PanelMembership member(ScrutinyPanel panel) {
        PortalUser user = PortalUser.require();
        PanelMembership membership = isPanelRole(user) ? panel.membershipOf(user.getMemberId()).orElse(null) : null;
        if (membership == null) {
            return deny("SCRUTINY_PANEL", panel.getId());
        }
        if (!membership.hasAccepted(panel.getAgreementVersion())) {
            throw new AgreementRequiredException(panel.getId());
        }
        return membership;
    }

    /** As {@link #member}, for the panel's chair only. */
    void chair(ScrutinyPanel panel) {
        member(panel);
        if (!panel.isChairedBy(PortalUser.require())) {
            throw new AccessDeniedException("only the panel's chair");
        }
    }

    Member acting() {
        return members.findActive(PortalUser.require().getMemberId());
    }

    static boolean isPanelRole(PortalUser user) {
        return user.hasRole(Role.SCRUTINY_CHAIR) || user.hasRole(Role.SCRUTINY_MEMBER);
    }

    /** Logs a refused access to a scrutiny record and answers as if it did not exist. */
    <T> T refuse(String type, Long id) {
        return deny(type, id);
    }

    private <T> T deny(String type, Long id) {
        log.recordDenial(ProcessingLog.Subject.of(type, id, List.of()), "scrutiny");
        throw new ScrutinyNotFoundException();
    }
}
