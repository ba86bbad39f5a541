package org.marac.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.marac.portal.partner.PortalUser;

/**
 * Where a signed-in member lands when a view is not theirs to open. It names no record and says nothing
 * about whether what they asked for exists. An identity without access is sent to the access page instead.
 */
@PermitAll
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        boolean hasAccess = PortalUser.current().map(user -> !user.getRoles().isEmpty()).orElse(false);
        if (!hasAccess) {
            event.forwardTo(AccessRequestedView.class);
            return HttpServletResponse.SC_FORBIDDEN;
        }
        addClassName("access-page");
        add(new H1(getTranslation("denied.title")), new Paragraph(getTranslation("denied.text")),
                new Anchor("", getTranslation("denied.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
