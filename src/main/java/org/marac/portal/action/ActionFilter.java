package org.marac.portal.action;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an action list shows: statuses (empty for all), a due-date range, only overdue ones, one area, and
 * a case reference or part of one. Nulls mean "any".
 */
public record ActionFilter(Set<ActionStatus> statuses, LocalDate dueFrom, LocalDate dueTo, boolean overdueOnly,
        Long areaId, String caseReference) {

    public ActionFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        caseReference = caseReference == null || caseReference.isBlank() ? null : caseReference.strip();
    }

    /** What a practitioner wants first: everything not yet finished. */
    public static ActionFilter unfinished() {
        return new ActionFilter(Set.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS), null, null, false, null, null);
    }
}
