package org.marac.portal.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Demo data is made through the services as the demo members themselves, so the demo obeys the same rules
 * as real use: this signs a member in for a piece of that work, as the login filter would present them.
 */
public final class DemoSignIn {

    private DemoSignIn() {
    }

    public static <T> T as(Member member, Supplier<T> work) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + PortalUser.ACTIVE_MEMBER));
        member.getRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new Actor(member), null, authorities));
        SecurityContextHolder.setContext(context);
        return work.get();
    }

    /** Signs the demo member out again. */
    public static void clear() {
        SecurityContextHolder.clearContext();
    }

    /** A demo member acting in the demo data. */
    private record Actor(Member member) implements PortalUser {
        public Long getMemberId() { return member.getId(); }
        public Long getAgencyId() { return member.getAgency().getId(); }
        public String getDisplayName() { return member.getDisplayName(); }
        public String getAgencyName() { return member.getAgency().getName(); }
        public MemberStatus getStatus() { return member.getStatus(); }
        public Set<Role> getRoles() { return member.getRoles(); }
    }
}
