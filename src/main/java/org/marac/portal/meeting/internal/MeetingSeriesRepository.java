package org.marac.portal.meeting.internal;

import java.util.Optional;
import org.marac.portal.meeting.MeetingSeries;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingSeriesRepository extends JpaRepository<MeetingSeries, Long> {

    Optional<MeetingSeries> findByAreaId(Long areaId);
}
