package org.marac.portal.scrutiny.internal;

import java.util.Collection;
import java.util.List;
import org.marac.portal.scrutiny.MeetingStatus;
import org.marac.portal.scrutiny.ReviewCase;
import org.marac.portal.scrutiny.SelectionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewCaseRepository extends JpaRepository<ReviewCase, Long> {

    @Query("select rc from ReviewCase rc where rc.meeting.id = :meetingId order by rc.labelNumber, rc.id")
    List<ReviewCase> findByMeeting(Long meetingId);

    @Query("select rc from ReviewCase rc where rc.caseId = :caseId order by rc.meeting.meetingDate, rc.id")
    List<ReviewCase> findByCase(Long caseId);

    /** Cases this panel kept in the sample of another meeting: reviewed, or on their way to it. */
    @Query("""
            select distinct rc.caseId from ReviewCase rc
            where rc.meeting.panel.id = :panelId and rc.meeting.id <> :meetingId and rc.status <> :swappedOut
            """)
    List<Long> selectedElsewhereByPanel(Long panelId, Long meetingId, SelectionStatus swappedOut);

    /** Selected cases of meetings not yet concluded, in these states. */
    @Query("""
            select rc from ReviewCase rc
            where rc.status in :statuses and rc.meeting.status <> :concluded
            order by rc.meeting.meetingDate, rc.labelNumber
            """)
    List<ReviewCase> findOpenIn(Collection<SelectionStatus> statuses, MeetingStatus concluded);

    @Query("""
            select count(rc) > 0 from ReviewCase rc join rc.meeting m join m.panel p join p.memberships ms
            where rc.caseId = :caseId and rc.status = :released and m.status <> :concluded
              and ms.member.id = :memberId and ms.agreementVersion = p.agreementVersion
            """)
    boolean isReleasedToMember(Long caseId, Long memberId, SelectionStatus released, MeetingStatus concluded);

    @Query("""
            select count(rc) > 0 from ReviewCase rc
            where rc.caseId = :caseId and rc.status <> :swappedOut and rc.meeting.status <> :concluded
            """)
    boolean isSelectedInOpenMeeting(Long caseId, SelectionStatus swappedOut, MeetingStatus concluded);

    @Query("""
            select count(rc) > 0 from ReviewCase rc join rc.meeting m join m.panel p join p.memberships ms
            where rc.caseId = :caseId and ms.member.id = :memberId and ms.agreementVersion = p.agreementVersion
            """)
    boolean isOnPanelOfMember(Long caseId, Long memberId);

    @Query("""
            select count(rc) > 0 from ReviewCase rc, Recommendation r
            where rc.meeting = r.meeting and rc.caseId = :caseId and r.agency.id = :agencyId
            """)
    boolean isInMeetingRecommendingTo(Long caseId, Long agencyId);
}
