package org.marac.portal.nomination.internal;

import java.util.List;
import org.marac.portal.nomination.CaseEvent;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    @Query("select e from CaseEvent e where e.maracCase.id = :caseId order by e.createdAt, e.id")
    List<CaseEvent> timeline(Long caseId);
}
