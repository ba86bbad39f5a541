package org.marac.portal.partner;

/** What a member may do in the portal. Held in the portal's database, never taken from the identity provider. */
public enum Role {
    CHAIR,
    PRACTITIONER,
    AGENCY_LEAD,
    SUPERVISOR,
    SCRUTINY_CHAIR,
    SCRUTINY_MEMBER,
    DATA_PROTECTION_OFFICER,
    ADMIN;

    /** The Spring Security authority, as used by {@code @RolesAllowed} and {@code hasRole}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
