package org.marac.portal.insight.internal;

import java.time.LocalDate;
import org.marac.portal.insight.DashboardScope;
import org.marac.portal.insight.InsightFilter;
import org.marac.portal.partner.PortalUser;

/**
 * One run of figures: for whom, which scope and filter, whether small numbers are withheld (and below what),
 * and today's date in the UK (for "overdue").
 */
public record Counting(PortalUser user, DashboardScope scope, InsightFilter filter, Periods periods, boolean withhold,
        int threshold, LocalDate today) {

    public static Counting of(PortalUser user, DashboardScope scope, InsightFilter filter, boolean withhold, int threshold,
            LocalDate today) {
        return new Counting(user, scope, filter, new Periods(filter), withhold, threshold, today);
    }

    /** The nominations submitted in the period. */
    public Population nominations() {
        return Population.submittedIn(user, scope, filter, periods);
    }

    /** "Jan 2025 to Dec 2025". */
    public String period() {
        return Periods.describe(filter);
    }
}
