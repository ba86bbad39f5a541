package org.marac.portal.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The OIDC identity joined with its portal member, rebuilt on every request. It stays an {@link OidcUser}
 * so that RP-initiated logout can still send the ID token to the provider.
 */
public final class MemberPrincipal implements OidcUser, PortalUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser identity;
    private final Long memberId;
    private final Long agencyId;
    private final String displayName;
    private final String agencyName;
    private final MemberStatus status;
    private final Set<Role> roles;

    MemberPrincipal(OidcUser identity, Member member) {
        this.identity = identity;
        this.memberId = member.getId();
        this.agencyId = member.getAgency() == null ? null : member.getAgency().getId();
        this.displayName = member.getDisplayName();
        this.agencyName = member.getAgency() == null ? null : member.getAgency().getName();
        this.status = member.getStatus();
        // Roles count only while the member is active: pending and deactivated members hold none.
        this.roles = member.isActive() && !member.getRoles().isEmpty()
                ? EnumSet.copyOf(member.getRoles()) : EnumSet.noneOf(Role.class);
    }

    OidcUser identity() {
        return identity;
    }

    Collection<GrantedAuthority> portalAuthorities() {
        if (roles.isEmpty()) {
            return List.of();
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + ACTIVE_MEMBER));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }

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
    public Set<Role> getRoles() {
        return roles;
    }

    @Override
    public Map<String, Object> getClaims() {
        return identity.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return identity.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return identity.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return identity.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return portalAuthorities();
    }

    @Override
    public String getName() {
        return identity.getName();
    }
}
