package org.marac.portal.partner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The roles that work on cases: practitioners, supervisors, agency leads and chairs. Which cases each of
 * them sees is the sharing policy's decision; the data protection officer, scrutiny panels and
 * administrators never reach case operations at all.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('PRACTITIONER', 'SUPERVISOR', 'AGENCY_LEAD', 'CHAIR')")
public @interface CaseRoles {
}
