package org.marac.portal.nomination;

/** How the incident came to light. */
public enum ReportingRoute {
    POLICE,
    ONLINE_TRUE_VISION,
    THIRD_PARTY_CENTRE,
    PARTNER_AGENCY
}
