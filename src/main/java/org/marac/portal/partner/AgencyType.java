package org.marac.portal.partner;

/** Kinds of partner agency; labels come from the message bundle key {@code agency.type.NAME}. */
public enum AgencyType {
    POLICE,
    LOCAL_AUTHORITY,
    HOUSING,
    YOUTH_OFFENDING,
    VICTIM_SUPPORT,
    HEALTH,
    EDUCATION,
    PROBATION,
    CHILDRENS_SERVICES,
    THIRD_PARTY_REPORTING_CENTRE,
    OTHER
}
