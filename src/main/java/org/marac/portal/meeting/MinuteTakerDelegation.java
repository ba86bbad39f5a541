package org.marac.portal.meeting;

import java.util.Objects;
import org.marac.portal.action.ActionDelegation;
import org.marac.portal.meeting.internal.AgendaItemRepository;
import org.marac.portal.meeting.internal.MeetingRepository;
import org.marac.portal.partner.PortalUser;
import org.springframework.stereotype.Component;

/**
 * Vouches for the delegated minute-taker of a meeting in progress whose agenda lists the case: they set
 * actions on the chair's behalf, at that meeting only.
 */
@Component
class MinuteTakerDelegation implements ActionDelegation {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;

    MinuteTakerDelegation(MeetingRepository meetings, AgendaItemRepository items) {
        this.meetings = meetings;
        this.items = items;
    }

    @Override
    public boolean mayRecordActions(PortalUser user, Long caseId, Long meetingId) {
        if (meetingId == null || caseId == null) {
            return false;
        }
        return meetings.findById(meetingId)
                .filter(meeting -> meeting.getStatus() == MeetingStatus.IN_PROGRESS)
                .filter(meeting -> meeting.getMinuteTaker() != null
                        && Objects.equals(meeting.getMinuteTaker().getId(), user.getMemberId()))
                .map(meeting -> items.findListed(meetingId).stream().anyMatch(item -> item.getCaseId().equals(caseId)))
                .orElse(false);
    }
}
