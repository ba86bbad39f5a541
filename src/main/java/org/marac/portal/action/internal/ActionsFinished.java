package org.marac.portal.action.internal;

import java.util.List;
import org.marac.portal.action.ActionStatus;
import org.marac.portal.nomination.ClosureCondition;
import org.marac.portal.nomination.Eligibility;
import org.springframework.stereotype.Component;

/** A case closes only when every action is done, cannot be done, or was found not done by the agency. */
@Component
class ActionsFinished implements ClosureCondition {

    private final CaseActionRepository actions;

    ActionsFinished(CaseActionRepository actions) {
        this.actions = actions;
    }

    @Override
    public List<Eligibility.Reason> unmetFor(Long caseId) {
        long unfinished = actions.countByMaracCaseIdAndStatusIn(caseId, List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS));
        return unfinished == 0 ? List.of() : List.of(new Eligibility.Reason("closure.actionsOpen", unfinished));
    }
}
