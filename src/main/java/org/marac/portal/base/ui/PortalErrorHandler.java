package org.marac.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.marac.portal.base.ExplainedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Anything a view did not handle ends here: the member sees a clear sentence (never a stack trace) and
 * the log keeps the detail under a reference they can quote.
 */
@Component
class PortalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable cause = rootOf(event.getThrowable());
        if (cause instanceof AccessDeniedException) {
            log.info("Access denied: {}", cause.getMessage());
            show(ui, "error.accessDenied");
        } else if (cause instanceof OptimisticLockingFailureException) {
            show(ui, "error.stale");
        } else if (cause instanceof ExplainedFailure explained) {
            log.warn("Refused: {}", cause.getMessage());
            show(ui, explained.messageKey());
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, event.getThrowable());
            if (ui != null) {
                Notices.error(ui.getTranslation("error.unexpected", reference));
            }
        }
    }

    private static void show(UI ui, String key) {
        if (ui != null) {
            Notices.error(ui.getTranslation(key));
        }
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null && !(cause instanceof AccessDeniedException)
                && !(cause instanceof OptimisticLockingFailureException) && !(cause instanceof ExplainedFailure)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
