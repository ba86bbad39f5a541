package org.marac.portal.support;

import java.time.Instant;
import java.util.Map;
import org.marac.portal.partner.Member;
import org.marac.portal.security.MemberPrincipals;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signs a member in for a test exactly as the request filter would after an OIDC login: the OIDC identity
 * joined to the member's current roles.
 */
@Component
public class SignIn {

    private final MemberPrincipals principals;

    SignIn(MemberPrincipals principals) {
        this.principals = principals;
    }

    public OAuth2AuthenticationToken as(Member member) {
        return asIdentity(member.getIssuer(), member.getSubject(), member.getDisplayName());
    }

    /** An OIDC identity that may or may not be a member yet. */
    public OAuth2AuthenticationToken asIdentity(String issuer, String subject, String name) {
        OidcIdToken idToken = new OidcIdToken("test-token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("iss", issuer, "sub", subject, "name", name));
        OidcUser identity = new DefaultOidcUser(java.util.List.of(), idToken);
        OAuth2AuthenticationToken token = principals.refresh(
                new OAuth2AuthenticationToken(identity, java.util.List.of(), "portal"));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        return token;
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}
