package org.marac.portal.meeting.internal;

import java.time.Instant;
import java.util.List;
import org.marac.portal.meeting.AgendaPublished;
import org.marac.portal.meeting.MeetingCancelled;
import org.marac.portal.meeting.MeetingRescheduled;
import org.marac.portal.notification.Notice;
import org.marac.portal.notification.NotificationKind;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.notification.Recipient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people of a meeting (its named members and every member of its invited agencies) that its agenda
 * is published, or that it moved or is cancelled. Runs inside the change's transaction, so the notices and
 * emails in the outbox stand or fall with the change; they carry the meeting's date and a link, nothing else.
 */
@Component
class MeetingNotifications {

    private final NotificationService notifications;

    MeetingNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(AgendaPublished published) {
        send(NotificationKind.AGENDA_PUBLISHED, published.meetingId(), published.startsAt(), published.memberIds(),
                published.agencyIds());
    }

    @EventListener
    void on(MeetingRescheduled moved) {
        send(NotificationKind.MEETING_MOVED, moved.meetingId(), moved.startsAt(), moved.memberIds(), moved.agencyIds());
    }

    @EventListener
    void on(MeetingCancelled cancelled) {
        send(NotificationKind.MEETING_CANCELLED, cancelled.meetingId(), cancelled.startsAt(), cancelled.memberIds(),
                cancelled.agencyIds());
    }

    private void send(NotificationKind kind, Long meetingId, Instant startsAt, List<Long> memberIds,
            List<Long> agencyIds) {
        if (memberIds.isEmpty() && agencyIds.isEmpty()) {
            return;
        }
        Notice.Builder notice = Notice.of(kind).link("meetings/" + meetingId).arguments(startsAt);
        if (!memberIds.isEmpty()) {
            notice.to(Recipient.members(memberIds));
        }
        agencyIds.forEach(agencyId -> notice.to(Recipient.agency(agencyId)));
        notifications.send(notice.build());
    }
}
