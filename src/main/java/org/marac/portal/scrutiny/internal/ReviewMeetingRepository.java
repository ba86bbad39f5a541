package org.marac.portal.scrutiny.internal;

import java.util.List;
import org.marac.portal.scrutiny.ReviewMeeting;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewMeetingRepository extends JpaRepository<ReviewMeeting, Long> {

    @Query("select m from ReviewMeeting m where m.panel.id = :panelId order by m.meetingDate desc, m.id desc")
    List<ReviewMeeting> findByPanel(Long panelId);
}
