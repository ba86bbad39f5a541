package org.marac.portal.security;

import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Joins an OIDC login to the portal member it belongs to, creating a PENDING member on first sight. */
@Component
public class MemberPrincipals {

    private final MemberService members;

    MemberPrincipals(MemberService members) {
        this.members = members;
    }

    /** The login as it stands now: the member's current status, agency and roles. */
    public OAuth2AuthenticationToken refresh(OAuth2AuthenticationToken token) {
        OidcUser identity = token.getPrincipal() instanceof MemberPrincipal principal
                ? principal.identity() : (OidcUser) token.getPrincipal();
        String issuer = issuerOf(identity);
        Member member = members.findByIdentity(issuer, identity.getSubject())
                .orElseGet(() -> recordLogin(identity));
        MemberPrincipal principal = new MemberPrincipal(identity, member);
        return new OAuth2AuthenticationToken(principal, principal.portalAuthorities(),
                token.getAuthorizedClientRegistrationId());
    }

    /** Called once per successful login: creates or refreshes the member's name, email and last login. */
    public Member recordLogin(OidcUser identity) {
        String name = identity.getFullName() != null ? identity.getFullName() : identity.getPreferredUsername();
        return members.recordLogin(issuerOf(identity), identity.getSubject(),
                name != null ? name : identity.getSubject(), identity.getEmail());
    }

    private static String issuerOf(OidcUser identity) {
        return identity.getIssuer() == null ? "" : identity.getIssuer().toString();
    }
}
