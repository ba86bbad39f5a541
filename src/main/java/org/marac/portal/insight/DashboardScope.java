package org.marac.portal.insight;

/**
 * Which dashboard: it decides whose cases are counted and whether small numbers are withheld. Every scope
 * counts only cases the member may see under the sharing policy.
 */
public enum DashboardScope {
    /** The area chair: the cases of the areas they chair, every number shown. */
    AREA,
    /** An agency lead: the cases their agency nominated; small numbers withheld. */
    AGENCY,
    /** The partnership across areas (chairs and agency leads): every case they may see; small numbers withheld. */
    PARTNERSHIP;

    /** Whether figures in this scope go beyond the area chair, so that small numbers must be withheld. */
    public boolean withholdsSmallNumbers() {
        return this != AREA;
    }
}
