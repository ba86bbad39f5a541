package org.marac.portal.notification.ui;

import com.vaadin.flow.component.Component;
import org.marac.portal.partner.PortalUser;

/**
 * Another module's email setting on the notification settings page, under the member's choice of immediate
 * emails or a daily digest. A Spring bean implementing it adds its section; the notification module knows
 * nothing of the module behind it.
 */
public interface NotificationSettingsSection {

    /** Whether the member can use this setting (sections that do not apply are not shown). */
    boolean appliesTo(PortalUser user);

    /** A new section for one page, which loads and saves its own setting. */
    Component create();
}
