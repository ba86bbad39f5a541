package org.marac.portal.insight.internal;

import java.util.Set;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.PortalUser;

/**
 * A member as the sharing policy sees them, for a job that works out what each member may see while nobody
 * is signed in. Built only for active members, whose roles are in force, as at sign-in.
 */
record MemberUser(Long memberId, Long agencyId, String displayName, String agencyName, MemberStatus status,
        Set<org.marac.portal.partner.Role> roles) implements PortalUser {

    @Override
    public Long getMemberId() {
        return memberId;
    }

    @Override
    public Long getAgencyId() {
        return agencyId;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public String getAgencyName() {
        return agencyName;
    }

    @Override
    public MemberStatus getStatus() {
        return status;
    }

    @Override
    public Set<org.marac.portal.partner.Role> getRoles() {
        return roles;
    }
}
