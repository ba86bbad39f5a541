package org.marac.portal.nomination.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.marac.portal.nomination.Incident;

public interface IncidentDates extends JpaRepository<Incident, Long> {

    @Query("select i.occurredAt from Incident i where i.maracCase.id in :caseIds")
    List<Instant> occurredAtInCases(Collection<Long> caseIds);
}
