package org.marac.portal.meeting.internal;

import java.util.Collection;
import java.util.List;
import org.marac.portal.meeting.AgendaEntry;
import org.marac.portal.meeting.AgendaItem;
import org.marac.portal.meeting.MeetingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    /** The agenda in order, with each item's case loaded for showing. */
    @Query("""
            select i from AgendaItem i join fetch i.maracCase
            where i.meeting.id = :meetingId and i.removedAt is null order by i.position, i.id
            """)
    List<AgendaItem> findListed(Long meetingId);

    /** The agenda in order as lines, without loading the cases: what the live meeting's agenda list shows. */
    @Query("""
            select new org.marac.portal.meeting.AgendaEntry(i.id, c.id, c.reference, i.kind, i.position, i.slotMinutes, i.discussed)
            from AgendaItem i join i.maracCase c
            where i.meeting.id = :meetingId and i.removedAt is null order by i.position, i.id
            """)
    List<AgendaEntry> findEntries(Long meetingId);

    @Query("""
            select i from AgendaItem i join fetch i.maracCase
            where i.meeting.id = :meetingId and i.removedAt is not null order by i.removedAt
            """)
    List<AgendaItem> findRemoved(Long meetingId);

    /** Every meeting a case was listed on (removed items left out), latest first. */
    @Query("""
            select i from AgendaItem i join fetch i.meeting m
            where i.maracCase.id = :caseId and i.removedAt is null order by m.startsAt desc
            """)
    List<AgendaItem> findListingsOfCase(Long caseId);

    @Query("""
            select count(i) > 0 from AgendaItem i
            where i.maracCase.id = :caseId and i.removedAt is null and i.discussed = true and i.meeting.status in :held
            """)
    boolean wasDiscussed(Long caseId, Collection<MeetingStatus> held);

    /** The people in these cases, for the processing log: pairs of case id and person id. */
    @Query("select p.maracCase.id, p.person.id from CaseParty p where p.maracCase.id in :caseIds")
    List<Object[]> findPeopleOf(Collection<Long> caseIds);
}
