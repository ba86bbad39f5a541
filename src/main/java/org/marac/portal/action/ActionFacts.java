package org.marac.portal.action;

/**
 * An action of a closed case as a scrutiny panel sees it: which agency owned it, how urgent, how it ended
 * and when, in days counted from the nomination; never what it said or who did it.
 */
public record ActionFacts(int number, String ownerAgency, ActionPriority priority, ActionStatus status, int setOnDay,
        int dueOnDay, Integer finishedOnDay) {

    /** Finished after its due date. */
    public boolean finishedLate() {
        return finishedOnDay != null && finishedOnDay > dueOnDay;
    }
}
