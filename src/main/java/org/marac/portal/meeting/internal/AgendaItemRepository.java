package org.marac.portal.meeting.internal;

import java.util.Collection;
import java.util.List;
import org.marac.portal.action.ActionStatus;
import org.marac.portal.meeting.AgendaItem;
import org.marac.portal.meeting.MeetingStatus;
import org.marac.portal.nomination.CaseStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    /** The agenda in order, with each item's case loaded for showing. */
    @Query("""
            select i from AgendaItem i join fetch i.maracCase
            where i.meeting.id = :meetingId and i.removedAt is null order by i.position, i.id
            """)
    List<AgendaItem> findListed(Long meetingId);

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

    /**
     * The open cases of an area not yet on this meeting's agenda, with what the agenda rules need to know
     * about each, in one query: closed cases (most of an area's history) never leave the index on
     * (area, status).
     */
    @Query("""
            select new org.marac.portal.meeting.internal.CandidateRow(c.id, c.status, c.repeatCase,
                c.childrenInHousehold, c.endorsedRisk, c.decidedAt,
                (select count(d) from AgendaItem d where d.maracCase = c and d.removedAt is null and d.discussed = true
                    and d.meeting.status in :held),
                (select count(o) from AgendaItem o where o.maracCase = c and o.removedAt is null
                    and o.meeting.id <> :meetingId and o.meeting.status in :upcoming),
                (select count(a) from CaseAction a where a.maracCase = c and a.status in :unfinished
                    and a.meetingId is not null and a.meetingId <> :meetingId),
                (select max(r.reviewOn) from AgendaItem r where r.maracCase = c and r.removedAt is null
                    and r.meeting.status in :held))
            from MaracCase c
            where c.area.id = :areaId and c.status in :inMarac
              and not exists (select t from AgendaItem t where t.maracCase = c and t.meeting.id = :meetingId
                  and t.removedAt is null)
            """)
    List<CandidateRow> findCandidates(Long areaId, Long meetingId, Collection<CaseStatus> inMarac,
            Collection<MeetingStatus> held, Collection<MeetingStatus> upcoming, Collection<ActionStatus> unfinished);

    /** The people in these cases, for the processing log: pairs of case id and person id. */
    @Query("select p.maracCase.id, p.person.id from CaseParty p where p.maracCase.id in :caseIds")
    List<Object[]> findPeopleOf(Collection<Long> caseIds);
}
