package org.marac.portal.notification.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marac.portal.notification.Recipient;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.Role;
import org.springframework.stereotype.Component;

/**
 * Turns recipients into active members, and finds an active member's email address when an email is sent.
 * Reads the partner directory's tables through its entities; used without a signed-in member (jobs).
 */
@Component
public class RecipientDirectory {

    @PersistenceContext
    private EntityManager entityManager;

    /** The distinct active members the recipients stand for now. */
    public Set<Long> activeMembers(Collection<Recipient> recipients) {
        Set<Long> memberIds = new LinkedHashSet<>();
        for (Recipient recipient : recipients) {
            memberIds.addAll(switch (recipient) {
                case Recipient.Members members -> activeAmong(members.memberIds());
                case Recipient.AgencyMembers agency -> activeInAgency(agency.agencyId(), agency.anyOfRoles());
                case Recipient.AreaChair chair -> activeChairOf(chair.areaId());
            });
        }
        return memberIds;
    }

    /** The address of an active member, or null if they have none or no longer have access. */
    public String activeEmailOf(Long memberId) {
        return entityManager.createQuery("""
                        select m.email from Member m where m.id = :id and m.status = :active and m.email is not null""",
                        String.class)
                .setParameter("id", memberId)
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultStream().filter(email -> !email.isBlank()).findFirst().orElse(null);
    }

    private List<Long> activeAmong(Set<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select m.id from Member m where m.id in :ids and m.status = :active order by m.id""", Long.class)
                .setParameter("ids", memberIds)
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultList();
    }

    private List<Long> activeInAgency(Long agencyId, Set<Role> anyOfRoles) {
        if (anyOfRoles.isEmpty()) {
            return entityManager.createQuery("""
                            select m.id from Member m where m.agency.id = :agency and m.status = :active order by m.id""",
                            Long.class)
                    .setParameter("agency", agencyId)
                    .setParameter("active", MemberStatus.ACTIVE)
                    .getResultList();
        }
        return entityManager.createQuery("""
                        select distinct m.id from Member m join m.roles r
                        where m.agency.id = :agency and m.status = :active and r in :roles order by m.id""", Long.class)
                .setParameter("agency", agencyId)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("roles", anyOfRoles)
                .getResultList();
    }

    /** An area's chair counts only while active and still holding the CHAIR role. */
    private List<Long> activeChairOf(Long areaId) {
        return entityManager.createQuery("""
                        select c.id from MaracArea a join a.chair c join c.roles r
                        where a.id = :area and c.status = :active and r = :chair""", Long.class)
                .setParameter("area", areaId)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("chair", Role.CHAIR)
                .getResultList();
    }
}
