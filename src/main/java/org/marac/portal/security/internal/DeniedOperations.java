package org.marac.portal.security.internal;

import java.util.List;
import org.aopalliance.intercept.MethodInvocation;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.partner.PortalUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;

/**
 * A member refused a service operation by its role check (an administrator asking for a case, say) is
 * logged as refused access, like a refusal by the sharing policy. Refusals of anonymous web requests are
 * the login redirect, not processing, and are not logged.
 */
@Configuration(proxyBeanMethods = false)
class DeniedOperations {

    private final ProcessingLog log;

    DeniedOperations(ProcessingLog log) {
        this.log = log;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> denied) {
        if (denied.getSource() instanceof MethodInvocation invocation && PortalUser.current().isPresent()) {
            log.recordDenial(ProcessingLog.Subject.of("OPERATION", null, List.of()),
                    invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName());
        }
    }
}
