package org.marac.portal.partner;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in member as services see it: the security module's principal implements this, so any
 * service can ask who is acting without depending on how login works.
 */
public interface PortalUser {

    /**
     * Held, besides their roles, by every member with access (active, with at least one role): services
     * open to any member check {@code hasRole('ACTIVE_MEMBER')}, so a pending identity can read nothing.
     */
    String ACTIVE_MEMBER = "ACTIVE_MEMBER";

    Long getMemberId();

    /** The member's agency, or null while access is pending. */
    Long getAgencyId();

    String getDisplayName();

    String getAgencyName();

    MemberStatus getStatus();

    /** The roles in force: empty unless the member is active. */
    Set<Role> getRoles();

    default boolean hasRole(Role role) {
        return getRoles().contains(role);
    }

    static Optional<PortalUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** For services behind {@code @PreAuthorize}: there is always a member by then. */
    static PortalUser require() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in member"));
    }
}
