package org.marac.portal.partner;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.partner.internal.MemberRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member directory: who may use the portal, for which agency, in which roles. */
@Service
@Transactional(readOnly = true)
public class MemberService {

    private final MemberRepository members;
    private final Clock clock;

    MemberService(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /**
     * Records a successful OIDC login. Runs inside the login flow, before the identity has any portal
     * authority, so it takes no permission: it only ever creates a PENDING member that can do nothing.
     */
    @Transactional
    public Member recordLogin(String issuer, String subject, String displayName, String email) {
        Member member = members.findByIssuerAndSubject(issuer, subject)
                .orElseGet(() -> new Member(issuer, subject, displayName, email));
        if (displayName != null && !displayName.isBlank()) {
            member.setDisplayName(displayName.strip());
        }
        member.setEmail(email);
        member.setLastLoginAt(clock.instant());
        return members.save(member);
    }

    /**
     * The member behind an identity, read on every request so that a change of roles or a deactivation
     * takes effect at once. Called by the security filter for the identity it has just authenticated.
     */
    public Optional<Member> findByIdentity(String issuer, String subject) {
        return members.findByIssuerAndSubject(issuer, subject);
    }

    /** The acting member's own record, for services that record who did something. */
    @PreAuthorize("hasRole('ACTIVE_MEMBER') and #memberId == authentication.principal.memberId")
    public Member findActive(Long memberId) {
        return members.findById(memberId).filter(Member::isActive)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not an active member"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Member> findAll() {
        return members.findAllByOrderByDisplayNameAsc();
    }

    /** Identities that have logged in and wait for an ADMIN to grant access. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Member> awaitingAccess() {
        return members.findByStatusOrderByCreatedAtAsc(MemberStatus.PENDING);
    }

    /**
     * Saves an ADMIN's change to a member. An active member must have an agency and at least one role; an
     * ADMIN cannot take away their own ADMIN role or deactivate themselves (the portal would lose its admin).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Member save(Member member) {
        if (member.getStatus() == MemberStatus.ACTIVE) {
            if (member.getAgency() == null) {
                throw new InvalidFieldException("agency", "member.agency.required");
            }
            if (member.getRoles().isEmpty()) {
                throw new InvalidFieldException("roles", "member.roles.required");
            }
        }
        if (member.getId() != null && member.getId().equals(PortalUser.require().getMemberId())
                && (!member.getRoles().contains(Role.ADMIN) || member.getStatus() != MemberStatus.ACTIVE)) {
            throw new InvalidFieldException("roles", "member.self.adminRequired");
        }
        return members.saveAndFlush(member);
    }

    /** An agency's active members, to whom work for that agency can be assigned. */
    @CaseRoles
    public List<Member> activeMembersOf(Long agencyId) {
        return members.findByAgencyIdAndStatusOrderByDisplayNameAsc(agencyId, MemberStatus.ACTIVE);
    }
}
