package org.marac.portal.meeting;

import java.time.Instant;
import java.util.List;

/**
 * The chair published the agenda: the invited agencies can now see its cases and research them. Carries who to
 * tell, never anything about a victim: the meeting, its area, its date and time (UTC), the members named for
 * it (the chair, named attendees, the minute-taker) and the invited agencies. Published in the transaction
 * that made the change; listeners that send anything should run after commit (for example with
 * {@code @ApplicationModuleListener}).
 */
public record AgendaPublished(Long meetingId, Long areaId, Instant startsAt, List<Long> memberIds,
        List<Long> agencyIds) {

    public AgendaPublished {
        memberIds = List.copyOf(memberIds);
        agencyIds = List.copyOf(agencyIds);
    }
}
