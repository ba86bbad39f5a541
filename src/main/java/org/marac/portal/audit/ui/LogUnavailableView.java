package org.marac.portal.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.marac.portal.audit.ProcessingLogUnavailableException;

/** What a member sees instead of a page of case data while the processing log cannot record that they read it. */
@PermitAll
public class LogUnavailableView extends Main implements HasErrorParameter<ProcessingLogUnavailableException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ProcessingLogUnavailableException> parameter) {
        addClassName("access-page");
        add(new H1(getTranslation("logUnavailable.title")), new Paragraph(getTranslation("error.logUnavailable")),
                new Anchor("", getTranslation("denied.home")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
