package org.marac.portal.scrutiny.internal;

import java.util.List;
import org.marac.portal.scrutiny.Recommendation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    @Query("select r from Recommendation r where r.meeting.id = :meetingId order by r.id")
    List<Recommendation> findByMeeting(Long meetingId);

    @Query("select r from Recommendation r where r.agency.id = :agencyId order by r.closedAt asc nulls first, r.dueDate, r.id")
    List<Recommendation> findByAgency(Long agencyId);
}
