package org.marac.portal.meeting.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marac.portal.meeting.Attendee;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttendeeRepository extends JpaRepository<Attendee, Long> {

    @Query("select a from Attendee a left join a.agency ag where a.meeting.id = :meetingId order by ag.name, a.member.displayName")
    List<Attendee> findByMeeting(Long meetingId);

    @Query("select a from Attendee a where a.meeting.id = :meetingId and a.member.id = :memberId")
    Optional<Attendee> findOne(Long meetingId, Long memberId);

    @Query("select a.member.id from Attendee a where a.meeting.id = :meetingId and a.confidentialityAcceptedAt is not null")
    Set<Long> acceptedMembers(Long meetingId);
}
