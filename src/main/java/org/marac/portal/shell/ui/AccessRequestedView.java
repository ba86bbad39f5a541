package org.marac.portal.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.PortalUser;

/**
 * What a signed-in identity without portal access sees: a new identity waits for an ADMIN; a deactivated
 * member is told their access has ended. No other content, no navigation.
 */
@Route(value = "access", autoLayout = false)
@PermitAll
public class AccessRequestedView extends Main implements HasDynamicTitle {

    AccessRequestedView(AuthenticationContext authentication) {
        addClassName("access-page");
        PortalUser user = PortalUser.current().orElse(null);
        boolean ended = user != null && user.getStatus() == MemberStatus.DEACTIVATED;
        add(new H1(getTranslation(ended ? "access.ended.title" : "access.requested.title")));
        add(new Paragraph(getTranslation(ended ? "access.ended.text" : "access.requested.text")));
        if (user != null && !ended) {
            add(new Paragraph(getTranslation("access.requested.who", user.getDisplayName())));
        }
        Button logout = new Button(getTranslation("action.logout"), click -> authentication.logout());
        logout.setId("logout");
        add(logout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.requested.title");
    }
}
