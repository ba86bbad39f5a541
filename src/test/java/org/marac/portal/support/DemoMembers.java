package org.marac.portal.support;

import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The demo members the test context seeds, looked up by their demo username. */
@Component
public class DemoMembers {

    private final MemberService members;
    private final String issuer;

    DemoMembers(MemberService members, @Value("${portal.dev-idp.issuer}") String issuer) {
        this.members = members;
        this.issuer = issuer;
    }

    public Member get(String username) {
        return members.findByIdentity(issuer, username)
                .orElseThrow(() -> new IllegalArgumentException("No demo member " + username));
    }

    public String issuer() {
        return issuer;
    }
}
