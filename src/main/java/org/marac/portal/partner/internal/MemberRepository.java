package org.marac.portal.partner.internal;

import java.util.List;
import java.util.Optional;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByIssuerAndSubject(String issuer, String subject);

    List<Member> findByStatusOrderByCreatedAtAsc(MemberStatus status);

    List<Member> findAllByOrderByDisplayNameAsc();

    List<Member> findByAgencyIdAndStatusOrderByDisplayNameAsc(Long agencyId, MemberStatus status);

    @Query("select m from Member m join m.roles r where r = :role and m.status = 'ACTIVE' order by m.displayName")
    List<Member> findActiveWithRole(Role role);
}
