package org.marac.portal.base.validation;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Bean Validation messages come from the portal's own message bundle, so a constraint's message is
 * translated like every other word on screen, whether Spring or a Vaadin binder runs the validation.
 * Named in META-INF/validation.xml.
 */
public class PortalMessageInterpolator extends ResourceBundleMessageInterpolator {

    public PortalMessageInterpolator() {
        super(new PlatformResourceBundleLocator("vaadin-i18n/translations"));
    }
}
