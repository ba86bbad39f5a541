package org.marac.portal.support;

import java.util.Set;
import java.util.UUID;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Fresh active members for tests that change a member's own settings or count their mail, so they never
 * disturb the demo members other tests rely on. Granted by the demo ADMIN, as in real use.
 */
@Component
public class NewMembers {

    private final MemberService members;
    private final DemoMembers demo;
    private final SignIn signIn;

    NewMembers(MemberService members, DemoMembers demo, SignIn signIn) {
        this.members = members;
        this.demo = demo;
        this.signIn = signIn;
    }

    /** An active member of the agency with these roles and a unique address; whoever was signed in stays so. */
    public Member create(String displayName, Agency agency, Role... roles) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        String subject = "test-" + UUID.randomUUID();
        Member member = new Member(demo.issuer(), subject, displayName, subject + "@example.org");
        member.setAgency(agency);
        member.setRoles(Set.of(roles));
        member.setStatus(MemberStatus.ACTIVE);
        signIn.as(demo.get("admin"));
        try {
            return members.save(member);
        } finally {
            SecurityContextHolder.clearContext();
            if (before != null) {
                SecurityContextHolder.getContext().setAuthentication(before);
            }
        }
    }
}
