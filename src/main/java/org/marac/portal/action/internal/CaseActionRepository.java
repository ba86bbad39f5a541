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

    /** Each owner agency's counts on the actions of an area, if the member chairs it; empty otherwise. */
    @Query("""
            select new org.marac.portal.action.AgencyActionRates(a.ownerAgency.id, a.ownerAgency.name, count(a),
                sum(case when a.status = 'DONE' then 1 else 0 end),
                sum(case when a.status = 'CANNOT_BE_DONE' then 1 else 0 end),
                sum(case when a.status = 'NOT_DONE_BY_AGENCY' then 1 else 0 end),
                sum(case when a.status in ('OPEN', 'IN_PROGRESS') and a.dueDate < :today then 1 else 0 end),
                sum(case when a.finishedAt is not null and cast(a.finishedAt as LocalDate) > a.dueDate then 1 else 0 end))
            from CaseAction a where a.maracCase.area.id = :areaId and a.maracCase.area.chair.id = :chairId
            group by a.ownerAgency.id, a.ownerAgency.name order by a.ownerAgency.name
            """)
    List<org.marac.portal.action.AgencyActionRates> ratesByAgency(Long areaId, Long chairId, LocalDate today);

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
