package org.marac.portal.partner;

/** An identity seen at login is PENDING until an ADMIN grants access; DEACTIVATED ends access at once. */
public enum MemberStatus {
    PENDING,
    ACTIVE,
    DEACTIVATED
}
