package org.marac.portal.notification;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.marac.portal.partner.Role;

/**
 * Who should receive a notice. Resolved to active members when the notice is sent, so a member who has
 * left or lost a role by then receives nothing.
 */
public sealed interface Recipient {

    /** These members. */
    record Members(Set<Long> memberIds) implements Recipient {
        public Members {
            memberIds = Set.copyOf(memberIds);
        }
    }

    /** The active members of an agency holding any of these roles; every active member if none are given. */
    record AgencyMembers(Long agencyId, Set<Role> anyOfRoles) implements Recipient {
        public AgencyMembers {
            Objects.requireNonNull(agencyId, "agencyId");
            anyOfRoles = anyOfRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(anyOfRoles));
        }
    }

    /** The chair of a MARAC area, if the area has an active chair. */
    record AreaChair(Long areaId) implements Recipient {
        public AreaChair {
            Objects.requireNonNull(areaId, "areaId");
        }
    }

    static Recipient member(Long memberId) {
        return new Members(Set.of(Objects.requireNonNull(memberId, "memberId")));
    }

    static Recipient members(Collection<Long> memberIds) {
        return new Members(Set.copyOf(memberIds));
    }

    /** Every active member of the agency. */
    static Recipient agency(Long agencyId) {
        return new AgencyMembers(agencyId, Set.of());
    }

    /** The active members of the agency who hold any of the roles. */
    static Recipient agency(Long agencyId, Role anyOf, Role... orAnyOf) {
        EnumSet<Role> roles = EnumSet.of(anyOf);
        roles.addAll(Arrays.asList(orAnyOf));
        return new AgencyMembers(agencyId, roles);
    }

    static Recipient areaChair(Long areaId) {
        return new AreaChair(areaId);
    }
}
