package org.marac.portal.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marac.portal.security.MemberPrincipals;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces the session's login with the member's current roles on every request, so that granting,
 * changing or withdrawing access takes effect at the member's next request without a new login.
 * The replacement lives for the request only; the session keeps the original OIDC login.
 */
public class MemberAuthenticationFilter extends OncePerRequestFilter {

    private final MemberPrincipals principals;
    private final SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();

    public MemberAuthenticationFilter(MemberPrincipals principals) {
        this.principals = principals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken token) {
            OAuth2AuthenticationToken current = principals.refresh(token);
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(current);
            strategy.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
