package org.marac.portal.action;

/**
 * One agency's record on an area's actions: how many it owns, how many it has done, how many it could not
 * do or did not do, how many are overdue now and how many were finished after their due date.
 */
public record AgencyActionRates(Long agencyId, String agencyName, long total, long done, long cannotBeDone,
        long notDone, long overdueNow, long finishedLate) {

    /** Done, as a share of all its actions (0 to 1). */
    public double completionRate() {
        return total == 0 ? 0 : (double) done / total;
    }

    /** Overdue now or finished late, as a share of all its actions (0 to 1). */
    public double overdueRate() {
        return total == 0 ? 0 : (double) (overdueNow + finishedLate) / total;
    }
}
