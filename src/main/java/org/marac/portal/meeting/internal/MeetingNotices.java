package org.marac.portal.meeting.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marac.portal.meeting.Attendee;
import org.marac.portal.meeting.Meeting;
import org.marac.portal.partner.Agency;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the meeting's events: who to tell is worked out here once for all of them. */
@Component
public class MeetingNotices {

    private final ApplicationEventPublisher events;
    private final AttendeeRepository attendees;

    MeetingNotices(ApplicationEventPublisher events, AttendeeRepository attendees) {
        this.events = events;
        this.attendees = attendees;
    }

    /** The chair, the named attendees and the minute-taker. */
    public List<Long> memberIds(Meeting meeting) {
        Set<Long> ids = new LinkedHashSet<>();
        if (meeting.getArea().getChair() != null) {
            ids.add(meeting.getArea().getChair().getId());
        }
        attendees.findByMeeting(meeting.getId()).stream().map(Attendee::getMember).forEach(member -> ids.add(member.getId()));
        if (meeting.getMinuteTaker() != null) {
            ids.add(meeting.getMinuteTaker().getId());
        }
        return List.copyOf(ids);
    }

    public List<Long> agencyIds(Meeting meeting) {
        return meeting.getInvitedAgencies().stream().map(Agency::getId).sorted().toList();
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }

    public void live(Meeting meeting, LiveMeetingChanged.Change change) {
        events.publishEvent(new LiveMeetingChanged(meeting.getId(), change));
    }
}
