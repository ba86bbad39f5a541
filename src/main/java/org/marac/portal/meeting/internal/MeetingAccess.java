package org.marac.portal.meeting.internal;

import java.util.Objects;
import java.util.Set;
import org.marac.portal.meeting.ConfidentialityNotAcceptedException;
import org.marac.portal.meeting.Meeting;
import org.marac.portal.meeting.MeetingNotFoundException;
import org.marac.portal.nomination.CaseAccessPolicy;
import org.marac.portal.partner.PortalUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a meeting: the area's chair runs it; the practitioners, supervisors and
 * leads of an invited agency attend it. Its content (agenda, research, live case, minutes) only after the
 * member has accepted the confidentiality statement; an attendee sees the agenda only once it is published.
 */
@Component
public class MeetingAccess {

    private final MeetingRepository meetings;
    private final AttendeeRepository attendees;

    MeetingAccess(MeetingRepository meetings, AttendeeRepository attendees) {
        this.meetings = meetings;
        this.attendees = attendees;
    }

    public boolean isChair(PortalUser user, Meeting meeting) {
        return meeting.isChairedBy(user);
    }

    public boolean isInvited(PortalUser user, Meeting meeting) {
        return CaseAccessPolicy.seesAgencyCases(user)
                && meeting.getInvitedAgencies().stream().anyMatch(agency -> Objects.equals(agency.getId(), user.getAgencyId()));
    }

    /** The meeting if the member chairs it or is invited to it; otherwise as if it did not exist. */
    public Meeting visible(Long meetingId) {
        return visible(meetingId == null ? null : meetings.findById(meetingId).orElse(null));
    }

    private Meeting visible(Meeting meeting) {
        PortalUser user = PortalUser.require();
        if (meeting == null || !(isChair(user, meeting) || isInvited(user, meeting))) {
            throw new MeetingNotFoundException();
        }
        return meeting;
    }

    /** The meeting, for something only its chair does. */
    public Meeting chaired(Long meetingId) {
        Meeting meeting = visible(meetingId);
        if (!isChair(PortalUser.require(), meeting)) {
            throw new AccessDeniedException("only the area's chair runs its meetings");
        }
        return meeting;
    }

    /** The meeting's content, for a member who accepted the confidentiality statement (and, unless chair, once published). */
    public Meeting content(Long meetingId) {
        Meeting meeting = visible(meetingId);
        return content(meeting, hasAccepted(PortalUser.require(), meeting));
    }

    /**
     * The same checks on a meeting already read, with the members who had accepted the statement when it was
     * read (the live meeting reads both once for all its screens).
     */
    public Meeting content(Meeting read, Set<Long> acceptedMembers) {
        Meeting meeting = visible(read);
        return content(meeting, acceptedMembers.contains(PortalUser.require().getMemberId()));
    }

    private Meeting content(Meeting meeting, boolean accepted) {
        PortalUser user = PortalUser.require();
        if (!accepted) {
            throw new ConfidentialityNotAcceptedException();
        }
        if (!isChair(user, meeting) && !meeting.getStatus().isPublished()) {
            throw new MeetingNotFoundException();
        }
        return meeting;
    }

    public boolean hasAccepted(PortalUser user, Meeting meeting) {
        return attendees.findOne(meeting.getId(), user.getMemberId())
                .map(attendee -> attendee.hasAcceptedConfidentiality()).orElse(false);
    }
}
