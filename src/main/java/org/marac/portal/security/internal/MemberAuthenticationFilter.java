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
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rebuilds the login from the member's current status and roles on every request, so that granting,
 * changing or withdrawing access takes effect at the member's next request without a new login. The
 * rebuilt login is saved in the session as well, because Vaadin reads the login from the session (for
 * example on push connections) rather than from the request.
 */
public class MemberAuthenticationFilter extends OncePerRequestFilter {

    private final MemberPrincipals principals;
    private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    public MemberAuthenticationFilter(MemberPrincipals principals) {
        this.principals = principals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The holder's strategy is looked up each time: Vaadin installs its own after this filter is built.
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken token) {
            OAuth2AuthenticationToken current = principals.refresh(token);
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(current);
            strategy.setContext(context);
            sessionContexts.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }
}
