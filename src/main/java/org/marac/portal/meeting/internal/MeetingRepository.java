package org.marac.portal.meeting.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.marac.portal.meeting.Meeting;
import org.marac.portal.meeting.MeetingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByAreaIdOrderByStartsAtAsc(Long areaId);

    Optional<Meeting> findBySeriesIdAndOccurrence(Long seriesId, Integer occurrence);

    /** The approved minutes as kept at approval; read only when downloaded. */
    @Query(value = "SELECT approved_minutes_pdf FROM meeting WHERE id = :meetingId", nativeQuery = true)
    byte[] findApprovedMinutesPdf(Long meetingId);

    @Modifying
    @Query(value = "UPDATE meeting SET approved_minutes_pdf = :pdf WHERE id = :meetingId", nativeQuery = true)
    void keepApprovedMinutesPdf(Long meetingId, byte[] pdf);

    @Query("select max(m.occurrence) from Meeting m where m.series.id = :seriesId")
    Integer lastOccurrence(Long seriesId);

    /** Meetings an agency is invited to, from a given time on, soonest first. */
    @Query("""
            select distinct m from Meeting m join m.invitedAgencies a
            where a.id = :agencyId and m.startsAt >= :from and m.status in :statuses
            order by m.startsAt
            """)
    List<Meeting> findInvitingAgency(Long agencyId, Instant from, Collection<MeetingStatus> statuses);
}
