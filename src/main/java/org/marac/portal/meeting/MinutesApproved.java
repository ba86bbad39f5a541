package org.marac.portal.meeting;

import java.time.Instant;
import java.util.List;

/**
 * The chair approved the minutes; the PDF is available to the attendees. Carries who to tell, never anything
 * about a victim: the meeting, its area, its date and time (UTC), the members named for it (the chair, named
 * attendees, the minute-taker) and the invited agencies. Published in the transaction that made the change;
 * listeners that send anything should run after commit (for example with {@code @ApplicationModuleListener}).
 */
public record MinutesApproved(Long meetingId, Long areaId, Instant startsAt, List<Long> memberIds,
        List<Long> agencyIds) {

    public MinutesApproved {
        memberIds = List.copyOf(memberIds);
        agencyIds = List.copyOf(agencyIds);
    }
}
