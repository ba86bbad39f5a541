package org.marac.portal.action.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.marac.portal.action.ActionStatus;
import org.marac.portal.action.CaseAction;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseActionRepository extends JpaRepository<CaseAction, Long>, JpaSpecificationExecutor<CaseAction> {

    List<CaseAction> findByMaracCaseIdOrderByDueDateAscIdAsc(Long caseId);

    long countByMaracCaseIdAndStatusIn(Long caseId, List<ActionStatus> statuses);

    /** Unfinished actions due on or before the day, not yet reminded of it. */
    @Query("""
            select a from CaseAction a where a.status in ('OPEN', 'IN_PROGRESS') and a.dueDate <= :day
              and a.dueSoonSentAt is null order by a.id
            """)
    List<CaseAction> findDueSoonUnreminded(LocalDate day);

    /** Unfinished actions due before the day, not yet reported overdue. */
    @Query("""
            select a from CaseAction a where a.status in ('OPEN', 'IN_PROGRESS') and a.dueDate < :day
              and a.overdueSentAt is null order by a.id
            """)
    List<CaseAction> findOverdueUnreported(LocalDate day);
}
