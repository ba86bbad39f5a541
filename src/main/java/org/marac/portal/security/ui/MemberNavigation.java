package org.marac.portal.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.modulith.NamedInterface;

/** Links into the member administration from other modules. */
@NamedInterface("navigation")
public final class MemberNavigation {

    static final String MEMBER_PARAMETER = "member";

    private MemberNavigation() {
    }

    /** Opens the member directory with this member's access form open. */
    public static void openMember(Long memberId) {
        UI.getCurrent().navigate(MemberAdminView.class,
                QueryParameters.of(MEMBER_PARAMETER, String.valueOf(memberId)));
    }
}
