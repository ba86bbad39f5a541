package org.marac.portal.action.internal;

import java.util.List;
import org.marac.portal.action.ActionStatus;
import org.marac.portal.action.CaseAction;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseActionRepository extends JpaRepository<CaseAction, Long>, JpaSpecificationExecutor<CaseAction> {

    List<CaseAction> findByMaracCaseIdOrderByDueDateAscIdAsc(Long caseId);

    long countByMaracCaseIdAndStatusIn(Long caseId, List<ActionStatus> statuses);
}
